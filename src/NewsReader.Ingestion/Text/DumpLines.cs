using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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

        var afterBullet = line[i..];
        var lead = afterBullet.Length - afterBullet.TrimStart().Length;
        var rest = afterBullet[lead..].TrimEnd();
        if (rest.IsEmpty)
        {
            return null;
        }

        var start = offset + i + lead;
        if (PlainWords(rest, source.Length - start, out var marks) is var words and >= 0)
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

        var text = builder.ToString();
        return new DumpLine(number, text, indent, bulleted, WordCount.Weighted(text), LineMarking.Of(text));
    }

    /// <summary>
    /// The line's <see cref="WordCount.Weighted"/> words when it needs no whitespace folding (no double space, no
    /// other whitespace or control character, nothing the fold drops), else -1: one pass that settles both, sixteen
    /// characters at a time (the ASCII ones tested together), as every line of a dump is read.
    /// </summary>
    internal static int PlainWords(ReadOnlySpan<char> text) => PlainWords(text, text.Length, out _);

    /// <summary>
    /// <see cref="PlainWords(ReadOnlySpan{char})"/> of a line that may be read past its end up to
    /// <paramref name="readable"/> characters from its start (the rest of the dump): its last block is then read as
    /// sixteen characters with the ones past the line masked off, as most lines are shorter than a block or two.
    /// Reads the line's <paramref name="marks"/> on the way (complete only when the line is plain).
    /// </summary>
    internal static int PlainWords(ReadOnlySpan<char> text, int readable, out LineMarks marks)
    {
        marks = LineMarks.None;
        var words = 0;
        var ideographs = 0;
        var inWord = false;
        var afterSpace = false;
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            // The marks are gathered as lanes and read once the blocks are done.
            var digitLanes = 0u;
            var lessThanLanes = 0u;
            var wideLanes = 0u;
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; i < text.Length && i + 16 <= readable; i += 16)
            {
                var valid = text.Length - i >= 16 ? 0xFFFFu : (1u << (text.Length - i)) - 1;
                var low = Vector128.LoadUnsafe(ref start, (nuint)i);
                var high = Vector128.LoadUnsafe(ref start, (nuint)(i + 8));
                var wide = WordCount.WideLanes(low, high) & valid;
                for (var lanes = wide; lanes != 0; lanes &= lanes - 1)
                {
                    if (IsUnplain(text[i + BitOperations.TrailingZeroCount(lanes)]))
                    {
                        return -1;
                    }
                }

                // A wide lane narrows to its low byte, which may read as a space or a control character: only the
                // ASCII lanes are tested for those.
                var ascii = valid & ~wide;
                var bytes = Vector128.Narrow(low, high);
                var control = (Vector128.LessThan(bytes, Vector128.Create((byte)' ')) | Vector128.Equals(bytes, Vector128.Create((byte)0x7F)))
                    .ExtractMostSignificantBits();
                var spaces = Vector128.Equals(bytes, Vector128.Create((byte)' ')).ExtractMostSignificantBits() & ascii;
                if ((control & ascii) != 0 || (spaces & ((spaces << 1) | (afterSpace ? 1u : 0u))) != 0)
                {
                    return -1;
                }

                afterSpace = (spaces & 0x8000) != 0;
                var digits = WordCount.AsciiDigitLanes(bytes) & ascii;
                digitLanes |= digits;
                lessThanLanes |= Vector128.Equals(bytes, Vector128.Create((byte)'<')).ExtractMostSignificantBits() & ascii;
                wideLanes |= wide;
                var mask = digits | (WordCount.AsciiLetterLanes(bytes) & ascii);
                if (wide != 0)
                {
                    mask = WordCount.WithWideLanes(text.Slice(i, Math.Min(16, text.Length - i)), mask, wide, ref ideographs);
                }

                words += WordCount.BlockWords(mask, ref inWord);
            }

            marks = (digitLanes != 0 ? LineMarks.AsciiDigit : 0) | (lessThanLanes != 0 ? LineMarks.LessThan : 0) | (wideLanes != 0 ? LineMarks.Wide : 0);
        }

        foreach (var c in text[Math.Min(i, text.Length)..])
        {
            if (!Step(c, ref words, ref ideographs, ref inWord, ref afterSpace))
            {
                return -1;
            }

            marks |= LineMarking.Of(c);
        }

        return words + (ideographs / 2);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Step(char c, ref int words, ref int ideographs, ref bool inWord, ref bool afterSpace)
    {
        if (c == ' ')
        {
            if (afterSpace)
            {
                return false;
            }

            afterSpace = true;
            inWord = false;
            return true;
        }

        afterSpace = false;
        if (IsUnplain(c))
        {
            return false;
        }

        WordCount.Count(c, ref words, ref ideographs, ref inWord);
        return true;
    }

    /// <summary>
    /// What the fold changes besides a single space: whitespace and control characters (turned into one space) and
    /// the invisible characters it drops. Spelled out as ranges because every character of a dump is tested.
    /// </summary>
    internal static bool IsUnplain(char c) => c < 0x80
        ? c < ' ' || c == '\u007F'
        : c <= '\u00A0' || c is '\u00AD' or '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF'
            || (c >= '\u2000' && c <= '\u200D');

    private static bool IsDropped(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD';

    private static bool IsSpace(char c) => c == ' ' || c == '\t' || char.IsWhiteSpace(c);

    private static bool IsBullet(char c) => c is '•' or '◦' or '□' or '■' or '▪' or '●' or '○' or '◆' or '‣' or '∙';
}
