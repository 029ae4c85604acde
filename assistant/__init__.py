"""Aftercare Voice: an offline voice assistant for the days after ketamine treatment."""

import os

# Nothing leaves the machine: Rasa's telemetry is off before any Rasa module is imported,
# and every child process (the action server) inherits this environment.
os.environ["RASA_TELEMETRY_ENABLED"] = "false"
