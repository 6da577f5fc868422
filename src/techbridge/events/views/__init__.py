"""The events pages, by audience: `participant` (members registering and meeting), `agenda`
(a participant's agenda and documents, attendance and feedback), `organiser` (staff running
an event), `editing` (staff creating events and their programme); `common` holds what they
share."""
