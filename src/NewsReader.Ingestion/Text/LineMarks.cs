namespace NewsReader.Ingestion.Text;

/// <summary>
/// Characters a line holds that some rules need before they look any further, found as the dump is split into lines
/// (sixteen characters at a time): those rules pass over the lines without them instead of searching each one.
/// </summary>
[Flags]
internal enum LineMarks : byte
{
    None = 0,

    /// <summary>An ASCII digit: every date, time, counter and reading time the rules read has one.</summary>
    AsciiDigit = 1,

    /// <summary>A character outside ASCII, which may be a digit of another script.</summary>
    Wide = 2,

    /// <summary>A less-than sign, which opens the markup a page may leak into its text.</summary>
    LessThan = 4,
}

/// <summary>Reads <see cref="LineMarks"/> one character at a time, for the parts of a line the split does not read in blocks.</summary>
internal static class LineMarking
{
    public static LineMarks Of(ReadOnlySpan<char> text)
    {
        var marks = LineMarks.None;
        foreach (var c in text)
        {
            marks |= Of(c);
        }

        return marks;
    }

    public static LineMarks Of(char c) => c switch
    {
        >= '0' and <= '9' => LineMarks.AsciiDigit,
        '<' => LineMarks.LessThan,
        > '\u007F' => LineMarks.Wide,
        _ => LineMarks.None,
    };
}
