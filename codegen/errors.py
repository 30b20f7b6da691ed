"""The one exception the pipeline raises: a problem with its input, said in one line."""


class CodegenError(Exception):
    """Bad input to the build (unreachable URL, malformed spec, conflicting override).

    The CLI prints ``str(err)`` as a single line and exits non-zero; nothing is written.
    """

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))
