"""Jobs that run the engines on vault recordings and save their results (transcribe, diarize, analyse)."""
