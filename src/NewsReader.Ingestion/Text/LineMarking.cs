namespace NewsReader.Ingestion.Text;

/// <summary>Reads <see cref="LineMarks"/> one character at a time, for the lines the split folds into strings of their own.</summary>
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

    private static LineMarks Of(char c) => c switch
    {
        >= '0' and <= '9' => LineMarks.AsciiDigit,
        '<' => LineMarks.LessThan,
        > '\u007F' => LineMarks.Wide,
        _ => LineMarks.None,
    };
}
