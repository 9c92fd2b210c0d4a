"""The operations both faces call, and the jobs that run the engines on vault recordings.

- `ops_*`: one short function per user action (import, process, fix speakers, assign practice,
  review, report, demo, consent, backup...), each taking the vault and the settings
  (`storage.settings`), reporting progress through `jobs`, raising the typed errors of `errors`.
- `chain`: the one transcribe -> speakers -> analysis chain on data in memory, which the vault
  steps (`transcribe_step`, `diarize_step`, `analyze_step`, run as one job by `process`) and the
  no-vault file commands (`file_run`) share. The speech model runs in a child process (`runner`).
- `consent`: the one consent gate; `vault_audio`: a stored recording decoded for the models.
"""

# The faces' --speakers limit and its check, without loading the speaker finder itself.
from ..diarization.limits import MAX_SPEAKERS, check_speaker_count, stored_speaker_count  # noqa: F401
