using System.Buffers;
using System.Text;
using NewsReader.Ingestion.Rules;

namespace NewsReader.Ingestion.Text;

/// <summary>
/// Splits a dump into <see cref="DumpLine"/>s in one pass. Only lines with text are kept (each with its line number):
/// every reader works on those, and a page is a quarter blank lines.
/// </summary>
internal static class DumpLines
{
    /// <summary>Splits the text; returns the 1-based number of the first over-long line instead when there is one.</summary>
    public static List<DumpLine> Split(string text, int maxLineLength, out int tooLongLine)
    {
        tooLongLine = 0;
        // Sized from the newlines (a vectorised count) so the list never regrows on a long page.
        var lines = new List<DumpLine>(text.AsSpan().Count('\n') + 1);
        var builder = new StringBuilder(256);
        var span = text.AsSpan();
        var offset = 0;
        var number = 0;
        while (true)
        {
            number++;
            var end = span.IndexOfAny('\r', '\n');
            var line = end < 0 ? span : span[..end];
            if (line.Length > maxLineLength)
            {
                tooLongLine = number;
                return lines;
            }

            if (Read(text, offset, number, line, builder) is { } read)
            {
                lines.Add(read);
            }
            if (end < 0)
            {
                break;
            }

            var next = end + 1;
            if (span[end] == '\r' && next < span.Length && span[next] == '\n')
            {
                next++;
            }

            span = span[next..];
            offset += next;
        }

        return lines;
    }

    private static DumpLine? Read(string source, int offset, int number, ReadOnlySpan<char> line, StringBuilder builder)
    {
        var indent = 0;
        var i = 0;
        for (; i < line.Length && IsSpace(line[i]); i++)
        {
            indent += line[i] == '\t' ? 4 : 1;
        }

        var bulleted = false;
        if (i < line.Length && IsBullet(line[i]) && (i + 1 == line.Length || IsSpace(line[i + 1])))
        {
            bulleted = true;
            i++;
        }

        var rest = line[i..].Trim();
        if (rest.IsEmpty)
        {
            return null;
        }

        if (IsPlain(rest))
        {
            // Most lines need no whitespace folding: the line is a view of the dump's text.
            var start = offset + i + (line[i..].Length - line[i..].TrimStart().Length);
            return new DumpLine(number, source, start, rest.Length, indent, bulleted, WordCount.Weighted(rest));
        }

        builder.Clear();
        var pendingSpace = false;
        for (; i < line.Length; i++)
        {
            var c = line[i];
            if (IsDropped(c))
            {
                continue;
            }

            if (IsSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        if (builder.Length == 0)
        {
            return null;
        }

        var text = builder.ToString();
        return new DumpLine(number, text, indent, bulleted, WordCount.Weighted(text));
    }

    private static bool IsPlain(ReadOnlySpan<char> text)
    {
        // Printable ASCII without a double space is by far the commonest line: one vectorised pass settles it.
        // Other lines (curly quotes, accents, other scripts) are searched for the characters the fold drops or
        // turns into a space.
        if (text.IndexOfAnyExceptInRange(' ', '~') >= 0 && text.IndexOfAny(Unplain) >= 0)
        {
            return false;
        }

        return !text.Contains("  ", StringComparison.Ordinal);
    }

    // What the fold in Read changes besides a space: whitespace and control characters (turned into one space) and
    // the invisible characters it drops.
    private static readonly SearchValues<char> Unplain = SearchValues.Create(UnplainCharacters());

    private static string UnplainCharacters()
    {
        var characters = new StringBuilder();
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            if (c != ' ' && (char.IsWhiteSpace(c) || char.IsControl(c) || IsDropped(c)))
            {
                characters.Append(c);
            }
        }

        return characters.ToString();
    }

    private static bool IsDropped(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD';

    private static bool IsSpace(char c) => c == ' ' || c == '\t' || char.IsWhiteSpace(c);

    private static bool IsBullet(char c) => c is '•' or '◦' or '□' or '■' or '▪' or '●' or '○' or '◆' or '‣' or '∙';
}
