namespace NewsReader.Cli;

/// <summary>
/// The exit codes every verb uses, so a script can tell "fix your command" from "some files were bad"
/// without knowing which verb it ran.
/// </summary>
public static class ExitCodes
{
    /// <summary>Every input was handled.</summary>
    public const int Ok = 0;

    /// <summary>
    /// The verb could not do its work at all for a reason that is not one input's fault (the store cannot be opened).
    /// </summary>
    public const int CouldNotRun = 1;

    /// <summary>
    /// One or more inputs failed (a file or folder that is not there, cannot be read or holds no article);
    /// the others were still handled, and each failure was named on stderr.
    /// </summary>
    public const int InputsFailed = 2;

    /// <summary>
    /// A file tripped a bug in NewsReader (sysexits EX_SOFTWARE); it failed alone, the others were handled, and the
    /// bug was named on stderr as an "error" line. Not the files' fault: report it.
    /// </summary>
    public const int InternalError = 70;

    /// <summary>The command line could not be understood: unknown verb or option, a missing argument (sysexits EX_USAGE).</summary>
    public const int Usage = 64;

    /// <summary>Stopped by Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
