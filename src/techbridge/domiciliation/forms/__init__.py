"""The one validator of user input for pages and the API: contracts and KYC (contracts.py),
the mailroom and rooms (mail.py)."""
