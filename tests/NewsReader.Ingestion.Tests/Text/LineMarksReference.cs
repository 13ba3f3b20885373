using NewsReader.Ingestion.Text;

namespace NewsReader.Ingestion.Tests.Text;

/// <summary>The <see cref="LineMarks"/> a text holds, read one character at a time: what the split's masks are checked against.</summary>
internal static class LineMarksReference
{
    public static LineMarks Of(string text)
    {
        var marks = LineMarks.None;
        foreach (var c in text)
        {
            marks |= c switch
            {
                >= '0' and <= '9' => LineMarks.AsciiDigit,
                '<' => LineMarks.LessThan,
                > '\u007F' => LineMarks.Wide,
                _ => LineMarks.None,
            };
        }

        return marks;
    }
}
