namespace NewsReader.Ingestion.Text;

/// <summary>
/// Characters a line holds that some rules need before they look any further, found as the dump is split into lines
/// (from the sweep of the dump's characters): those rules pass over the lines without them instead of searching each one.
/// </summary>
[Flags]
internal enum LineMarks : byte
{
    None = 0,

    /// <summary>
    /// An ASCII digit: a stated reading time, a gallery counter and a clock date need one. A written timestamp may
    /// be in another script's digits (<c>April ٢١, ٢٠١٥</c>): those rules ask <see cref="DumpLine.MayHoldDigit"/>.
    /// </summary>
    AsciiDigit = 1,

    /// <summary>A character outside ASCII, which may be a digit of another script.</summary>
    Wide = 2,

    /// <summary>A less-than sign, which opens the markup a page may leak into its text.</summary>
    LessThan = 4,
}
