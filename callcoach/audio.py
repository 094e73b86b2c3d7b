"""Decode any supported recording into float32 channels, validating it on the way."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .errors import InputError

ASR_SAMPLE_RATE = 16000
MIN_SAMPLE_RATE = 2000
MAX_SAMPLE_RATE = 384000
MIN_DURATION_S = 0.1
MAX_DURATION_S = 12 * 3600.0


@dataclass
class Recording:
    """A decoded recording: ``samples`` is (channels, frames) float32 in [-1, 1]."""

    source: str
    samples: np.ndarray
    sample_rate: int
    file_channels: int
    """Channels in the file (``samples`` may hold fewer after a channel choice)."""
    codec: str = ""
    metadata: dict = field(default_factory=dict)
    _cache: dict = field(default_factory=dict, repr=False)

    @property
    def channels(self) -> int:
        return int(self.samples.shape[0])

    @property
    def duration_s(self) -> float:
        return self.samples.shape[1] / float(self.sample_rate)

    def at_rate(self, sample_rate: int = ASR_SAMPLE_RATE) -> np.ndarray:
        """All channels resampled to ``sample_rate`` (cached): (channels, frames) float32."""
        if sample_rate not in self._cache:
            if sample_rate == self.sample_rate:
                out = self.samples
            else:
                import soxr

                out = soxr.resample(self.samples.T, self.sample_rate, sample_rate, quality="HQ").T
            self._cache[sample_rate] = np.ascontiguousarray(out, dtype=np.float32)
        return self._cache[sample_rate]

    def drop_resampled(self) -> None:
        """Forget the resampled copies ``at_rate`` made (each is the whole call again: 0.9 GB
        for a 2-hour 8 kHz stereo call at 16 kHz); later calls resample anew."""
        self._cache.clear()

    def at(self, sample_rate: int) -> "Recording":
        """This recording resampled to ``sample_rate``, as a new Recording; once the caller
        lets go of this one, only the new copy stays in memory (a 2-hour call at 16 kHz is
        0.44 GB, at tone's 8 kHz half that)."""
        return Recording(source=self.source, samples=self.at_rate(sample_rate), sample_rate=sample_rate,
                         file_channels=self.file_channels, codec=self.codec, metadata=self.metadata)

    def mono(self, sample_rate: int = ASR_SAMPLE_RATE) -> np.ndarray:
        """The channels averaged into one signal at ``sample_rate``."""
        data = self.at_rate(sample_rate)
        return data[0] if data.shape[0] == 1 else data.mean(axis=0).astype(np.float32)

    @property
    def warnings(self) -> list[str]:
        """What decoding noticed but could work around (truncated file, wild samples)."""
        return self.metadata.setdefault("warnings", [])

    def mixed(self) -> "Recording":
        """The recording summed to one channel (fake stereo analysed as mono)."""
        return Recording(source=self.source, samples=self.samples.mean(axis=0, keepdims=True),
                         sample_rate=self.sample_rate, file_channels=self.file_channels,
                         codec=self.codec)


def load_recording(path: str | os.PathLike, channel: int | None = None) -> Recording:
    """Read and validate a recording.

    Parameters
    ----------
    path : a wav (PCM, float, u-law, A-law), flac, ogg/opus, mp3 or m4a file.
    channel : for files with more than two channels, the one channel to keep (0-based).
        It may also be used to pick one side of a stereo file.

    Raises
    ------
    InputError : one line naming the file and what is wrong with it.
    """
    source = str(path)
    p = Path(path)
    try:
        exists = p.exists()
    except OSError as exc:  # a name over the file system's limit, a permission on a folder
        raise InputError(source, f"cannot read ({exc.strerror or exc})") from None
    if not exists:
        raise InputError(source, "file not found")
    if p.is_dir():
        raise InputError(source, "is a folder, not a recording", "analyse a folder with: callcoach batch FOLDER --out DIR")
    if not p.is_file():
        raise InputError(source, "is not a regular file (a pipe, socket or device)", "copy the recording to a file first")
    try:
        with open(p, "rb"):
            pass
    except OSError as exc:
        raise InputError(source, f"cannot read ({exc.strerror or exc})", "check the file's permissions") from None
    size = p.stat().st_size
    if size == 0:
        raise InputError(source, "empty file (0 bytes)")

    samples, sample_rate, codec, partial = _decode(p)
    file_channels = samples.shape[0]

    if not (MIN_SAMPLE_RATE <= sample_rate <= MAX_SAMPLE_RATE):
        raise InputError(source, f"implausible sample rate {sample_rate} Hz",
                         f"expected {MIN_SAMPLE_RATE}-{MAX_SAMPLE_RATE} Hz")
    if samples.shape[1] == 0:
        raise InputError(source, "contains no audio frames (empty or truncated)")
    duration = samples.shape[1] / sample_rate
    if duration < MIN_DURATION_S:
        raise InputError(source, f"too short to analyse ({duration:.3f} s)")
    if duration > MAX_DURATION_S:
        raise InputError(source, f"implausibly long ({duration / 3600:.1f} h)",
                         f"split it into calls under {MAX_DURATION_S / 3600:.0f} h")
    if not all(np.isfinite(block).all() for block in _blocks(samples)):
        bad = sum(int((~np.isfinite(block)).sum()) for block in _blocks(samples))
        raise InputError(source, f"contains {bad} NaN/infinite samples (corrupt float audio)")

    if channel is not None:
        if not 0 <= channel < file_channels:
            raise InputError(source, f"has no channel {channel} (it has {file_channels})",
                             f"choose --channel 0..{file_channels - 1}")
        samples = samples[channel:channel + 1]
    elif file_channels > 2:
        raise InputError(source, f"has {file_channels} channels; callcoach analyses mono or stereo calls",
                         "choose one with --channel N")

    warnings: list[str] = []
    truncated = truncation(p)
    if partial:
        truncated = truncated or "truncated or corrupt: decoding stopped early; analysed the part that decoded"
    if truncated:
        warnings.append(truncated)
    samples, note = _tame_peaks(samples)
    if note:
        warnings.append(note)
    return Recording(source=source, samples=np.ascontiguousarray(samples, dtype=np.float32),
                     sample_rate=int(sample_rate), file_channels=int(file_channels), codec=codec,
                     metadata={"warnings": warnings})


BLOCK_FRAMES = 1 << 20
"""Checks over the whole call run on this many frames at a time: a whole-call temporary
(``np.abs(samples)`` and the like) would be another 0.46 GB on a 2-hour call at 16 kHz."""


def _blocks(samples: np.ndarray):
    """(channels, frames) views of ``BLOCK_FRAMES`` frames each."""
    for i in range(0, samples.shape[-1], BLOCK_FRAMES):
        yield samples[..., i:i + BLOCK_FRAMES]


def peak_level(samples: np.ndarray) -> float:
    """The largest absolute sample, without a whole-call temporary (0.0 when empty)."""
    return max((float(np.abs(block).max()) for block in _blocks(samples) if block.size), default=0.0)


WILD_SAMPLE_SHARE = 1e-4
"""At most this share of samples beyond full scale are glitches (corrupt samples), clipped
one by one; more than that is a hot float file, scaled down as a whole."""


def _tame_peaks(samples: np.ndarray) -> tuple[np.ndarray, str | None]:
    """Samples beyond full scale: a few wild ones are clipped (one 1e6 sample must not scale
    the whole call into silence); a float file that runs hot throughout is scaled down."""
    n_over = sum(int(np.count_nonzero(np.abs(block) > 1.0)) for block in _blocks(samples))
    if n_over == 0:
        return samples, None
    # ``samples`` is the freshly decoded buffer (or a view of it): changed in place.
    peak = peak_level(samples)
    if n_over <= max(8, WILD_SAMPLE_SHARE * samples.size):
        return np.clip(samples, -1.0, 1.0, out=samples), (f"{n_over} sample(s) far beyond full scale (peak {peak:.3g}) "
                                                          "were clipped: the file may be corrupt there")
    # Float files may exceed full scale; keep relative levels, avoid clipping later.
    samples /= peak
    return samples, None


def truncation(p: Path) -> str | None:
    """A warning when a WAV or Ogg file ends before its header or stream says it should."""
    try:
        size = p.stat().st_size
        with open(p, "rb") as f:
            head = f.read(4096)
            if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
                pos = 12
                while pos + 8 <= len(head):
                    chunk, length = head[pos:pos + 4], int.from_bytes(head[pos + 4:pos + 8], "little")
                    if chunk == b"data":
                        missing = pos + 8 + length - size
                        if 0 < missing and length not in (0, 0xFFFFFFFF):
                            return (f"truncated: the WAV header declares {length} bytes of audio but "
                                    f"{missing} are missing; analysed the part that is there")
                        return None
                    pos += 8 + length + (length & 1)
                return None
            if head[:4] == b"OggS":
                f.seek(max(0, size - 65536))
                tail = f.read()
                last = tail.rfind(b"OggS")
                if last >= 0 and last + 5 < len(tail) and not tail[last + 5] & 0x04:
                    return "truncated: the Ogg stream has no end; analysed the part that is there"
    except OSError:
        return None
    return None


def _decode(p: Path) -> tuple[np.ndarray, int, str, bool]:
    """Decode with libsndfile, falling back to FFmpeg (PyAV) for what it can't read."""
    import soundfile as sf

    sf_error: str | None = None
    try:
        with sf.SoundFile(str(p)) as f:
            sample_rate = f.samplerate
            codec = f"{f.format}/{f.subtype}"
            declared = f.frames
            data = f.read(dtype="float32", always_2d=True)
        if declared > 0 and data.shape[0] == 0:
            raise InputError(str(p), "truncated: header declares audio but none could be read")
        return data.T, int(sample_rate), codec, False
    except InputError:
        raise
    except (sf.LibsndfileError, RuntimeError, ValueError, TypeError) as exc:
        sf_error = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return _decode_av(p, sf_error)


def _decode_av(p: Path, sf_error: str | None) -> tuple[np.ndarray, int, str, bool]:
    try:
        import av
    except ImportError:  # pragma: no cover - av is a faster-whisper dependency
        raise InputError(str(p), f"cannot decode ({sf_error})") from None
    try:
        with av.open(str(p), metadata_errors="ignore") as container:
            if not container.streams.audio:
                raise InputError(str(p), "has no audio stream")
            stream = container.streams.audio[0]
            sample_rate = stream.codec_context.sample_rate or stream.rate
            n_channels = stream.codec_context.channels or len(stream.layout.channels)
            if not sample_rate or not n_channels:
                raise InputError(str(p), "audio stream has no sample rate or channels (corrupt header)")
            resampler = av.AudioResampler(format="fltp", layout=stream.layout, rate=sample_rate)
            chunks: list[np.ndarray] = []
            partial = False
            try:
                for frame in container.decode(stream):
                    frame.pts = None
                    for out in resampler.resample(frame):
                        chunks.append(out.to_ndarray())
            except Exception:  # broken data after some good audio: keep what decoded
                if not chunks:
                    raise
                partial = True
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray())
            codec = f"{container.format.name}/{stream.codec_context.name}"
    except InputError:
        raise
    except Exception as exc:  # PyAV raises many error types for broken media
        reason = sf_error or str(exc)
        raise InputError(str(p), f"cannot decode: not a readable audio file or corrupt ({reason})") from None
    if not chunks:
        raise InputError(str(p), "decoded to no audio (empty or truncated)")
    data = np.concatenate(chunks, axis=1).astype(np.float32)
    return data, int(sample_rate), codec, partial
