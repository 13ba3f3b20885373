using System.Text;
using NewsReader.Ingestion.Rules;

namespace NewsReader.Ingestion.Text;

/// <summary>
/// Splits a dump into <see cref="DumpLine"/>s from one sweep of its characters (<see cref="CharacterMasks"/>). Only
/// lines with text are kept (each with its line number): every reader works on those, and a page is a quarter blank lines.
/// </summary>
internal static class DumpLines
{
    /// <summary>Splits the text; returns the 1-based number of the first over-long line instead when there is one.</summary>
    public static List<DumpLine> Split(string text, int maxLineLength, out int tooLongLine)
    {
        tooLongLine = 0;
        using var masks = CharacterMasks.Of(text);

        // Sized from the line ends so the list never regrows on a long page.
        var lines = new List<DumpLine>(masks.LineEnds + 1);
        var builder = new StringBuilder(256);
        var offset = 0;
        var number = 0;
        while (true)
        {
            number++;
            var end = masks.NextLineEnd();
            var line = end < 0 ? text.AsSpan(offset) : text.AsSpan(offset, end - offset);
            if (line.Length > maxLineLength)
            {
                tooLongLine = number;
                return lines;
            }

            if (Read(text, offset, number, line, builder, masks) is { } read)
            {
                lines.Add(read);
            }

            if (end < 0)
            {
                break;
            }

            offset = end + 1;
            if (text[end] == '\r' && offset < text.Length && text[offset] == '\n')
            {
                masks.NextLineEnd();
                offset++;
            }
        }

        MarkBoilerplate(text, lines);
        return lines;
    }

    /// <summary>
    /// Settles <see cref="DumpLine.MayHoldBoilerplate"/>: one search over the whole dump finds the few lines that may
    /// hold a boilerplate phrase, where a search started on each line (most of them a menu entry of a word or two) costs
    /// more in starting than in searching. Folded lines are not where the dump's text is and keep the flag.
    /// </summary>
    private static void MarkBoilerplate(string text, List<DumpLine> lines)
    {
        foreach (var line in lines)
        {
            line.MayHoldBoilerplate = !line.IsView;
        }

        MarkViewsHolding(text, lines, PageFurniture.IndexOfBoilerplateFragment);
        MarkViewsHolding(text, lines, static part => part.IndexOf(PageFurniture.CopyrightSign));
    }

    private delegate int Search(ReadOnlySpan<char> text);

    // A match lies inside one line: no phrase holds a line break, and each opens and ends with a letter or sign,
    // which the line's trimmed text keeps. The search goes on after the line it marked.
    private static void MarkViewsHolding(string text, List<DumpLine> lines, Search search)
    {
        var from = 0;
        var next = 0;
        while (from < text.Length && search(text.AsSpan(from)) is var found and >= 0)
        {
            var at = from + found;
            while (next < lines.Count && (!lines[next].IsView || lines[next].Start + lines[next].Length <= at))
            {
                next++;
            }

            if (next == lines.Count)
            {
                return;
            }

            var line = lines[next];
            if (line.Start <= at)
            {
                line.MayHoldBoilerplate = true;
                from = line.Start + line.Length;
                next++;
            }
            else
            {
                from = at + 1;
            }
        }
    }

    private static DumpLine? Read(string source, int offset, int number, ReadOnlySpan<char> line, StringBuilder builder, CharacterMasks masks)
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

        var afterBullet = line[i..];
        var lead = afterBullet.Length - afterBullet.TrimStart().Length;
        var rest = afterBullet[lead..].TrimEnd();
        if (rest.IsEmpty)
        {
            return null;
        }

        var start = offset + i + lead;
        if (masks.PlainWords(start, rest.Length, out var marks) is var words and >= 0)
        {
            // Most lines need no whitespace folding: the line is a view of the dump's text.
            return new DumpLine(number, source, start, rest.Length, indent, bulleted, words, marks);
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

        // The folded text is plain (every character IsUnplain names is folded into a single space or dropped), so its
        // masks give its words and marks as they give a view line's.
        var text = builder.ToString();
        using var folded = CharacterMasks.Of(text);
        var foldedWords = folded.PlainWords(0, text.Length, out var foldedMarks);
        return new DumpLine(number, text, indent, bulleted, foldedWords, foldedMarks);
    }

    /// <summary>
    /// What the fold changes besides a single space: whitespace and control characters (turned into one space) and
    /// the invisible characters it drops. <see cref="CharacterMasks"/> tests the characters outside ASCII by the same
    /// ranges, spelled out as vector compares, and this for the few it reads one by one.
    /// </summary>
    internal static bool IsUnplain(char c) => c < 0x80
        ? c < ' ' || c == '\u007F'
        : c <= '\u00A0' || c is '\u00AD' or '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF'
            || (c >= '\u2000' && c <= '\u200D');

    private static bool IsDropped(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD';

    private static bool IsSpace(char c) => c == ' ' || c == '\t' || char.IsWhiteSpace(c);

    private static bool IsBullet(char c) => c is '•' or '◦' or '□' or '■' or '▪' or '●' or '○' or '◆' or '‣' or '∙';
}
