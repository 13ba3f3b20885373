using NewsReader.Ingestion.Rules;
using NewsReader.Ingestion.Tests.Rules;
using NewsReader.Ingestion.Text;
using NewsReader.Tests.Shared;

namespace NewsReader.Ingestion.Tests.Text;

/// <summary>The split's one-pass check of a line (plain or not, and its words) decides as the separate checks it replaced.</summary>
public sealed class DumpLinesTests
{
    [Fact]
    public void IsUnplain_EveryCharacter_IsWhitespaceControlOrDroppedButNotASpace()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            var expected = c != ' ' && (char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD');

            Assert.True(expected == DumpLines.IsUnplain(c), $"U+{(int)c:X4}");
        }
    }

    [Theory]
    [InlineData("page.w3m.txt")]
    [InlineData("page.innertext.txt")]
    public void PlainWords_EveryCorpusLine_CountsThePlainLinesWordsAndRefusesTheOthers(string dump)
    {
        var lines = 0;
        foreach (var page in Directory.GetDirectories(Path.Combine(TestCorpus.RequireDirectory(), "pages")))
        {
            foreach (var line in File.ReadLines(Path.Combine(page, dump)))
            {
                var text = line.Trim();
                var plain = !text.Contains("  ", StringComparison.Ordinal) && !text.Any(DumpLines.IsUnplain);

                Assert.True(PlainWords(text) == (plain ? WordCountReference.Weighted(text) : -1), $"\"{text}\"");
                lines++;
            }
        }

        Assert.True(lines > 1000, $"only {lines} lines were read");
    }

    [Fact]
    public void PlainWords_EveryCharacterInEveryLaneOfABlock_CountsAndMarksAsOneCharacterAtATime()
    {
        // The split reads the dump 64 characters at a time where the machine has 64-byte vectors, else sixteen, and
        // the last few one by one; the ASCII ones together and the others by range or one by one. Each character is
        // tried in each lane of a block, across a block's and a chunk's end and in the tail, on its own between spaces
        // and inside a word, by each of the three readings, against the count made one character at a time.
        for (var code = 0; code <= char.MaxValue; code++)
        {
            foreach (var text in LinesHolding((char)code))
            {
                var plain = !text.Contains("  ", StringComparison.Ordinal) && !text.Any(DumpLines.IsUnplain);
                var expected = plain ? WordCountReference.Weighted(text) : -1;
                foreach (var vectors in Enum.GetValues<CharacterMasks.Vectors>())
                {
                    var words = PlainWords(text, out var marks, vectors);

                    Assert.True(words == expected, $"{vectors}, U+{code:X4}: \"{text}\"");
                    Assert.True(!plain || marks == LineMarksReference.Of(text), $"marks, {vectors}, U+{code:X4}: \"{text}\"");
                }

            }
        }
    }

    private static IEnumerable<string> LinesHolding(char c)
    {
        const string After = "é word “quoted” … 中文 x";

        // Long enough that the first chunk is read whole by the widest vectors.
        const string LongAfter = After + " and more words to fill the rest of a chunk of sixty-four";
        yield return c.ToString();
        yield return "a" + c;
        yield return c + "x";
        foreach (var lane in (int[])[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 31, 32, 47, 48, 62, 63, 64])
        {
            yield return new string('a', lane) + c + (lane < 17 ? After : LongAfter);
            yield return (lane == 0 ? string.Empty : new string('a', lane - 1) + " ") + c + " " + (lane < 17 ? After : LongAfter);
        }
    }

    [Fact]
    public void PlainWords_EveryCharacterLaterInTheChunk_LeavesTheRangeBeforeItAlone()
    {
        // A line's range is read from masks shared with the lines around it: a character's bits must land in its own
        // lane, not in a line before it in the same 64 characters (the widest vectors place each block's wide lanes).
        const string Filler = " and more words to fill the rest of a chunk of sixty-four characters";
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            foreach (var lane in (int[])[17, 31, 32, 47, 48, 62])
            {
                var text = new string('a', lane - 1) + " " + c + c + Filler;
                foreach (var vectors in Enum.GetValues<CharacterMasks.Vectors>())
                {
                    using var masks = CharacterMasks.Of(text, vectors);

                    Assert.True(masks.PlainWords(0, lane - 1, out var marks) == 1 && marks == LineMarks.None, $"{vectors}, U+{code:X4} at {lane}");
                }
            }
        }
    }

    [Fact]
    public void PlainWords_TwoSpacesAcrossTheEndOfABlockOrAChunk_AreRefused()
    {
        foreach (var first in (int[])[14, 15, 16, 62, 63, 64])
        {
            var text = new string('a', first) + "  b" + new string('c', 70);
            foreach (var vectors in Enum.GetValues<CharacterMasks.Vectors>())
            {
                Assert.True(PlainWords(text, out _, vectors) == -1, $"{vectors}, spaces at {first}");
            }
        }
    }

    [Theory]
    [InlineData("Two  spaces inside a line that is long enough for a block", -1)]
    [InlineData("A tab\tinside", -1)]
    [InlineData("A no\u00A0break space", -1)]
    [InlineData("Curly “quotes” and an ellipsis… in a line of some length", 11)]
    [InlineData("Sixteen letters!", 2)]
    public void PlainWords_Lines_AreCountedOrRefused(string text, int expected)
    {
        Assert.Equal(expected, PlainWords(text));
    }

    [Theory]
    [InlineData("page.w3m.txt")]
    [InlineData("page.innertext.txt")]
    public void PlainWords_EveryCorpusLineReadInsideTheDump_CountsAsTheLineAlone(string dump)
    {
        // The split reads each line's range of the whole dump's masks: what stands before and after the line (a word
        // ending on the line break, a tab, letters) must not count, wherever the line falls among the 64-character chunks.
        string[] befores = ["", "word\n", "\t\t\n  ", new string('x', 61) + "\n"];
        string[] afters = ["\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t", " word word word word", "  é\u00A0 x", "\nnext"];
        foreach (var page in Directory.GetDirectories(Path.Combine(TestCorpus.RequireDirectory(), "pages")))
        {
            foreach (var line in File.ReadLines(Path.Combine(page, dump)))
            {
                var text = line.Trim();
                var alone = PlainWords(text, out var marks);
                foreach (var before in befores)
                {
                    foreach (var after in afters)
                    {
                        using var masks = CharacterMasks.Of(before + text + after);

                        Assert.True(masks.PlainWords(before.Length, text.Length, out var inside) == alone && inside == marks, $"\"{text}\"");
                    }
                }
            }
        }
    }

    [Fact]
    public void Split_LinesEndingInAnyMixOfLineBreaks_AreNumberedAndReadAsTheyStand()
    {
        // Lines of every length up to two chunks, so their ends fall on every position of a 64-character mask, each
        // ended by "\n", "\r\n" or "\r" in turn, and a blank line (a space) now and then.
        string[] breaks = ["\n", "\r\n", "\r"];
        var texts = Enumerable.Range(0, 130).Select(length => length % 7 == 3 ? " " : string.Concat(Enumerable.Repeat("ab ", 50))[..length].Trim()).ToList();
        var dump = string.Concat(texts.Select((text, i) => text + breaks[i % 3]));

        var lines = DumpLines.Split(dump, int.MaxValue, out _);

        var expected = texts.Select((text, i) => (Number: i + 1, Text: text)).Where(line => line.Text.Trim().Length > 0);
        Assert.Equal(expected, lines.Select(line => (line.Number, line.Text)));
    }

    [Theory]
    [InlineData("page.w3m.txt")]
    [InlineData("page.innertext.txt")]
    public void Split_EveryCorpusPage_ClearsMayHoldBoilerplateOnlyOnLinesWithoutIt(string dump)
    {
        var cleared = 0;
        var notices = 0;
        foreach (var page in Directory.GetDirectories(Path.Combine(TestCorpus.RequireDirectory(), "pages")))
        {
            foreach (var line in DumpLines.Split(File.ReadAllText(Path.Combine(page, dump)), int.MaxValue, out _))
            {
                var notice = PageFurniture.IsBoilerplateProse(line.Span);

                Assert.True(line.MayHoldBoilerplate || !notice, $"{page}: \"{line.Text}\"");
                cleared += line.MayHoldBoilerplate ? 0 : 1;
                notices += notice ? 1 : 0;
            }
        }

        Assert.True(notices > 10 && cleared > 1000, $"{notices} notices, {cleared} lines cleared");
    }

    [Theory]
    [InlineData("Menu\nWe use cookies.\nNews", new[] { false, true, false })]
    [InlineData("\u00A9 2020  The  Paper\nCopyright \u00A9 2020", new[] { true, true })]
    [InlineData("  \u2022 Privacy Policy\n\n\tSport\nAll Rights Reserved", new[] { true, false, true })]
    [InlineData("Para poder comentar tenés que ingresar.\nEl tribunal determinó la responsabilidad de sus autores.\nPublic comments are closed on the plan.", new[] { true, false, false })]
    public void Split_Lines_MayHoldBoilerplateWhereAPhraseIs(string text, bool[] expected)
    {
        var lines = DumpLines.Split(text, int.MaxValue, out _);

        Assert.Equal(expected, lines.Select(line => line.MayHoldBoilerplate));
    }

    [Theory]
    [InlineData("page.w3m.txt")]
    [InlineData("page.innertext.txt")]
    public void Split_EveryCorpusLine_MarksTheDigitsWideCharactersAndMarkupItHolds(string dump)
    {
        var marked = new HashSet<LineMarks>();
        foreach (var page in Directory.GetDirectories(Path.Combine(TestCorpus.RequireDirectory(), "pages")))
        {
            foreach (var line in DumpLines.Split(File.ReadAllText(Path.Combine(page, dump)), int.MaxValue, out _))
            {
                var text = line.Span;
                var expected = (text.ContainsAnyInRange('0', '9') ? LineMarks.AsciiDigit : 0)
                    | (text.ContainsAnyExceptInRange('\0', '\u007F') ? LineMarks.Wide : 0)
                    | (text.Contains('<') ? LineMarks.LessThan : 0);

                Assert.True(expected == line.Marks, $"{page}: \"{line.Text}\" marked {line.Marks}, holds {expected}");
                marked.Add(line.Marks);
            }
        }

        Assert.Contains(LineMarks.AsciiDigit | LineMarks.Wide | LineMarks.LessThan, marked);
    }

    [Theory]
    [InlineData("Sixteen letters!<b> at 10:30 \u2014 Tuesday", "AsciiDigit, Wide, LessThan")]
    [InlineData("Folded  line with a \u0663 digit", "Wide")]
    [InlineData("No marks at all in this line of text", "None")]
    [InlineData("x<", "LessThan")]
    public void Split_ALine_IsMarkedWithWhatItHolds(string text, string expected)
    {
        Assert.Equal(expected, Assert.Single(DumpLines.Split(text, int.MaxValue, out _)).Marks.ToString());
    }

    // A line read alone: the masks of its own text, its whole range.
    private static int PlainWords(string text, out LineMarks marks, CharacterMasks.Vectors vectors = CharacterMasks.Vectors.Widest)
    {
        using var masks = CharacterMasks.Of(text, vectors);
        return masks.PlainWords(0, text.Length, out marks);
    }

    private static int PlainWords(string text) => PlainWords(text, out _);
}
