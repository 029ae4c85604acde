"""The `aftercare` command: chat, ask, run (the voice loop), schedule, models, exercise, train."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from assistant.dialogue import Dialogue
from assistant.errors import UsageError
from assistant.session import (
    Context,
    context_from,
    conversation_ids,
    open_dialogue,
    reply_json,
)

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


def _common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--home",
        type=Path,
        default=None,
        help="where the patient's data lives (default: AFTERCARE_HOME or the user data dir)",
    )
    common.add_argument("--clinic", type=Path, help="the clinic's instructions file (YAML)")
    common.add_argument(
        "--now", help="the local time to answer for, e.g. 2026-11-21T15:00 (default: now)"
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_options()
    parser = argparse.ArgumentParser(
        prog="aftercare", description="Offline voice assistant for ketamine aftercare."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    commands.add_parser("chat", parents=[common], help="a typed conversation")

    ask = commands.add_parser("ask", parents=[common], help="answer questions and exit")
    ask.add_argument("text", nargs="*", help="the question")
    output = ask.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print one JSON object")
    output.add_argument(
        "--jsonl", action="store_true", help="read questions from stdin, one JSON line each"
    )
    ask.add_argument(
        "--separate", action="store_true", help="with --jsonl or --wav: a new conversation each"
    )
    ask.add_argument(
        "--wav",
        nargs="*",
        type=Path,
        metavar="FILE",
        help="recognise audio files (with --jsonl: their paths from standard input)",
    )
    _add_recognition_options(ask)

    run = commands.add_parser("run", parents=[common], help="the hands-free voice loop")
    _add_recognition_options(run)
    run.add_argument("--tts", choices=["auto", "piper", "pyttsx3"], default="auto")
    run.add_argument("--wake-word", help="only answer speech that starts with this word")

    train = commands.add_parser("train", help="train the Rasa model if its data changed")
    train.add_argument("--force", action="store_true", help="train even if nothing changed")

    schedule = commands.add_parser("schedule", parents=[common], help="the treatment schedule")
    schedule_commands = schedule.add_subparsers(dest="schedule_command", required=True)
    add = schedule_commands.add_parser("add", parents=[common], help="add a session")
    add.add_argument("kind", choices=["treatment", "booster"])
    add.add_argument("when", nargs="+", help='e.g. "next Tuesday at 10 am" or 2026-11-24T10:00')
    add.add_argument("--series", help="position in an induction series, e.g. 4/6")
    schedule_commands.add_parser("list", parents=[common], help="list the sessions")
    remove = schedule_commands.add_parser("remove", parents=[common], help="remove a session")
    remove.add_argument("id", type=int)

    models = commands.add_parser("models", help="speech recognition models on this machine")
    models.add_argument("action", nargs="?", choices=["list", "fetch"], default="list")

    exercise = commands.add_parser("exercise", parents=[common], help="run a guided exercise")
    exercise.add_argument("name", help="e.g. box, paced, 478, grounding, body scan")
    exercise.add_argument("--tts", choices=["auto", "piper", "pyttsx3"], default="auto")
    _add_recognition_options(exercise)

    evaluate = commands.add_parser("eval", help="the spoken benchmark (needs the test extra)")
    evaluate.add_argument("--out", type=Path, default=Path("bench-out"), help="report directory")
    evaluate.add_argument("--quick", action="store_true", help="a small stratified subset")
    evaluate.add_argument("--sentences", type=int, help="a stratified subset of this many")
    evaluate.add_argument("--voices", help="comma-separated, e.g. joe,hibari,espeak")
    evaluate.add_argument("--snr", help="comma-separated noise levels in dB, e.g. clean,15,6")
    evaluate.add_argument("--crossed", action="store_true", help="every voice at every level")
    evaluate.add_argument("--now", default="2026-11-21T15:00", help="the local time to answer for")
    _add_recognition_options(evaluate)
    return parser


def _add_recognition_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--stt", choices=["auto", "vosk", "pocketsphinx"], default="auto")
    parser.add_argument("--vosk-model", type=Path, help="a vosk model directory")


def cmd_chat(context: Context) -> int:
    print("Loading the assistant...", file=sys.stderr, flush=True)
    dialogue = open_dialogue(context)
    try:
        print("Type a question, or 'goodbye' to end.", flush=True)
        while True:
            try:
                line = input("you> ")
            except (EOFError, KeyboardInterrupt):
                print()
                return EXIT_OK
            reply = dialogue.respond(line, "chat")
            print(f"assistant> {reply.text}", flush=True)
            if reply.intent == "goodbye":
                return EXIT_OK
            if "exercise" in reply.data:
                _exercise_from_chat(reply.data, dialogue, context)
    finally:
        dialogue.close()


def _exercise_from_chat(data: Mapping[str, Any], dialogue: Dialogue, context: Context) -> None:
    """A typed request starts the spoken exercise; without a speaker the chat goes on."""
    from assistant.exercises import exercise_of, load_exercises
    from assistant.voice_loop import SpeechChoice, guide_exercise

    exercise = exercise_of(data, load_exercises())
    if exercise is None:
        return
    print("(Say stop, pause, slower or faster at any time.)", flush=True)
    guide_exercise(exercise, dialogue, SpeechChoice(), context, retries=1)


def cmd_ask(args: argparse.Namespace, context: Context) -> int:
    if args.wav is not None:
        if args.text:
            raise UsageError("Give either a question or --wav files, not both.")
        from assistant.spoken import ask_wav

        return ask_wav(args, context)
    if args.jsonl:
        if args.text:
            raise UsageError("--jsonl reads the questions from standard input.")
        questions: Sequence[str] = [line.rstrip("\n") for line in sys.stdin]
    else:
        if args.separate:
            raise UsageError("--separate goes with --jsonl or --wav.")
        questions = [" ".join(args.text)]
    dialogue = open_dialogue(context)
    try:
        for question, conversation in zip(questions, conversation_ids(args.separate), strict=False):
            start = time.perf_counter()
            reply = dialogue.respond(question, conversation)
            elapsed_ms = (time.perf_counter() - start) * 1000
            if args.json or args.jsonl:
                print(reply_json(question, question, reply, {"dialogue": elapsed_ms}), flush=True)
            else:
                print(reply.text, flush=True)
    finally:
        dialogue.close()
    return EXIT_OK


def dispatch(args: argparse.Namespace) -> int:
    if args.command == "train":
        from assistant.training import ensure_model

        path, trained = ensure_model(force=args.force)
        print(f"{'Trained' if trained else 'Up to date'}: {path}")
        return EXIT_OK
    if args.command == "models":
        from assistant.spoken import models_command

        return models_command(args.action)
    if args.command == "eval":
        from bench.run import eval_command

        return eval_command(args)
    context = context_from(args)
    if args.command == "chat":
        return cmd_chat(context)
    if args.command == "ask":
        return cmd_ask(args, context)
    if args.command == "schedule":
        from assistant.schedule_cli import schedule_command

        return schedule_command(args, context.home, context.now_text)
    if args.command == "run":
        from assistant.voice_loop import run_voice_loop

        return run_voice_loop(args, context)
    if args.command == "exercise":
        from assistant.voice_loop import run_exercise

        return run_exercise(args, context)
    raise UsageError(f"Unknown command {args.command}")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return dispatch(args)
    except UsageError as error:
        print(f"aftercare: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_OK
    except _known_failures() as error:
        print(f"aftercare: {error}", file=sys.stderr)
        return EXIT_FAILURE


def _known_failures() -> tuple[type[Exception], ...]:
    """Failures with a message written for people: said in one line, no traceback."""
    from assistant.action_server import ActionServerError
    from assistant.clinic import ClinicFileError
    from assistant.exercises import ExerciseFileError
    from assistant.schedule import ScheduleError
    from audio.devices import AudioDeviceError
    from audio.tts import SpeechOutputError
    from audio.vosk_engine import VoskModelError
    from audio.vosk_models import ModelNotFoundError

    return (
        ActionServerError,
        AudioDeviceError,
        ClinicFileError,
        ExerciseFileError,
        ModelNotFoundError,
        ScheduleError,
        SpeechOutputError,
        VoskModelError,
    )
