"""The one validator of incubation input, for pages and the API."""
