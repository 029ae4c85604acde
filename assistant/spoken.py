"""Recognition from the command line: `aftercare ask --wav` and `aftercare models`."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from assistant import replies, safety
from assistant.errors import UsageError
from assistant.frames import Reply, Transcript
from assistant.session import Context, conversation_ids, open_dialogue, reply_json
from audio.recognizer import Engine, Recognizer, make_recognizer, transcribe
from audio.vocabulary import load_vocabulary

# A transcript the engine itself doubts this much is treated as not heard: noise and speech
# outside the vocabulary must not become a confident command. From there up to
# MIN_SURE_CONFIDENCE, advice is confirmed before it is given. Chosen by bench.thresholds' rule
# on half of 80 held-out sentences x 4 voices and noise (pocketsphinx with the language model of
# the NLU data as it is; `python -m bench.thresholds --sentences 80`): on the other half, wrong
# actions 6.8% of turns, as with the floor alone; 5.3% of the right answers are asked about
# first and 1.8% left unheard.
MIN_TRANSCRIPT_CONFIDENCE = 0.2
MIN_SURE_CONFIDENCE = 0.6


def heard_text(transcript: Transcript) -> str:
    """The words to act on; empty when nothing usable was heard. The safety net reads every
    transcript first: words that raise an alarm are acted on however unsure the engine is."""
    alarming = alarm_words(transcript)
    if alarming is not None:
        return alarming
    if transcript.confidence >= MIN_TRANSCRIPT_CONFIDENCE:
        return transcript.text
    return ""


def alarm_words(transcript: Transcript) -> str | None:
    """The transcript, or else the first of the engine's next best wordings of it, on which
    the safety net raises an alarm, if any."""
    wordings = (transcript.text, *transcript.alternatives)
    return next((words for words in wordings if words and safety.check(words)), None)


def surely_heard(transcript: Transcript) -> bool:
    """The engine is sure enough of the words for advice on them to be given unconfirmed."""
    return transcript.confidence >= MIN_SURE_CONFIDENCE


def open_recognizer(engine: Engine, vosk_model: Path | None) -> Recognizer:
    """The chosen engine, listening for the words of the NLU data."""
    return make_recognizer(engine, load_vocabulary().sentences, vosk_model)


def _wav_paths(args: argparse.Namespace) -> Iterator[Path]:
    if args.jsonl:
        yield from (Path(line.strip()) for line in sys.stdin if line.strip())
    else:
        yield from args.wav


def ask_wav(args: argparse.Namespace, context: Context) -> int:
    """One JSON object per file: its transcript and the answer to it."""
    from audio.wav import AudioFileError, read_audio

    if not args.wav and not args.jsonl:
        raise UsageError("--wav needs files, or --jsonl to read their paths from standard input")
    recognizer = open_recognizer(args.stt, args.vosk_model)
    dialogue = open_dialogue(context)
    unreadable = 0
    try:
        for path, conversation in zip(
            _wav_paths(args), conversation_ids(args.separate), strict=False
        ):
            try:
                audio = read_audio(path)
            except AudioFileError as error:
                print(f"aftercare: {error}", file=sys.stderr)
                unreadable += 1
                continue
            start = time.perf_counter()
            transcript = transcribe(recognizer, audio)
            recognized = time.perf_counter()
            text = heard_text(transcript)
            reply: Reply = (
                dialogue.respond(text, conversation, surely_heard(transcript))
                if text
                else replies.nothing_heard()
            )
            timings = {
                "recognition": (recognized - start) * 1000,
                "dialogue": (time.perf_counter() - recognized) * 1000,
            }
            print(reply_json(str(path), transcript.text, reply, timings), flush=True)
    finally:
        dialogue.close()
        recognizer.close()
    return 2 if unreadable else 0


def models_command(action: str) -> int:
    from audio.vosk_models import ModelNotFoundError, fetch_english_model, find_vosk_models

    if action == "fetch":
        try:
            model = fetch_english_model()
        except ModelNotFoundError as error:
            print(f"aftercare: {error}", file=sys.stderr)
            return 1
        print(f"English vosk model ready: {model.path}")
        return 0
    import pocketsphinx

    print(f"pocketsphinx (embedded, English): {pocketsphinx.get_model_path()}")
    models = find_vosk_models()
    chosen = next((model for model in models if model.is_english), None)
    for model in models:
        if model is chosen:
            use = "used by --stt auto"
        else:
            use = "English, not chosen" if model.is_english else "never used for English speech"
        size_mb = model.size_bytes / 1e6
        print(f"vosk {model.language}: {model.path} ({size_mb:.0f} MB, {model.source}; {use})")
    if not models:
        print("vosk: no model found")
    print(f"--stt auto uses: {'vosk' if chosen else 'pocketsphinx (no English vosk model)'}")
    return 0
