using System.Diagnostics;
using System.Text;
using CsCheck;
using NewsReader.Tests.Shared;

namespace NewsReader.Ingestion.Tests.Properties;

/// <summary>
/// Real pages mangled at random (lines dropped, repeated, shuffled, truncated; bullets and counters
/// injected) never make the parser throw, and it stays fast.
/// </summary>
[Collection(TimedTests.Name)]
public sealed class MutatedPageTests
{
    private enum Mutation
    {
        Drop,
        Repeat,
        Swap,
        Truncate,
        InjectBullet,
        InjectCounter,
        CutLine,
    }

    // Generous for a loaded machine: a clean parse of a corpus page takes a few milliseconds.
    private static readonly TimeSpan MaxParseTime = TimeSpan.FromSeconds(5);

    private static readonly Lazy<IReadOnlyList<string[]>> Pages = new(LoadPages);

    private static Gen<(int Page, (Mutation Kind, int At, int Amount)[] Mutations)> MutatedPage =>
        Gen.Select(
            Gen.Int[0, 1000],
            Gen.Select(Gen.Enum<Mutation>(), Gen.Int[0, 100_000], Gen.Int[1, 40]).Array[1, 12]);

    [Fact]
    public void Parse_MutatedPages_NeverThrowsAndStaysFast()
    {
        var pages = Pages.Value;

        MutatedPage.Sample(sample =>
        {
            var lines = pages[sample.Page % pages.Count];
            var text = Apply(lines, sample.Mutations);

            var watch = Stopwatch.StartNew();
            var result = ArticleParser.Parse(Encoding.UTF8.GetBytes(text));
            watch.Stop();

            Assert.NotNull(result);
            if (result is ParseFailure failure)
            {
                Assert.False(string.IsNullOrWhiteSpace(failure.Reason));

                // A timed-out pattern becomes a failure within the time bound: it must still fail this spec.
                Assert.DoesNotContain("timed out", failure.Reason, StringComparison.Ordinal);
            }
            else
            {
                var article = Assert.IsType<ParseSuccess>(result).Article;
                Assert.False(string.IsNullOrWhiteSpace(article.Headline));
                Assert.True(article.ReadingTimeMinutes >= 1);
                Assert.Equal(Enumerable.Range(1, article.Photos.Count), article.Photos.Select(p => p.Position));
            }

            Assert.True(watch.Elapsed < MaxParseTime, $"parse took {watch.Elapsed}");
        }, iter: 300, threads: 1);
    }

    [Fact]
    public void Parse_ArbitraryText_NeverThrows()
    {
        var alphabet = Gen.OneOf('a', 'B', ' ', '\n', '\r', '\t', '•', '/', '1', '5', '—', '(', ')', '.', 'A', 'P', '\u00A0', '\uFFFD', '“');

        alphabet.Array[0, 3000].Select(chars => new string(chars)).Sample(text =>
        {
            var result = ArticleParser.ParseText(text);

            Assert.NotNull(result);
        }, iter: 500, threads: 1);
    }

    [Fact]
    public void Parse_ArbitraryBytes_NeverThrows()
    {
        Gen.Byte.Array[0, 4096].Sample(bytes =>
        {
            var result = ArticleParser.Parse(bytes);

            Assert.NotNull(result);
        }, iter: 500, threads: 1);
    }

    [Fact]
    public void Parse_TimeGrowsLinearlyWithInputSize()
    {
        var page = string.Join('\n', Pages.Value.OrderByDescending(p => p.Length).First());
        var small = Repeat(page, 128 * 1024);
        var large = Repeat(page, 16 * small.Length);

        var smallTime = BestOf(3, () => ArticleParser.ParseText(small));
        var largeTime = BestOf(3, () => ArticleParser.ParseText(large));

        // Sixteen times the input may take at most 4 x 16 times as long; a quadratic parse would take 256 times.
        Assert.True(largeTime < smallTime * 64 + TimeSpan.FromMilliseconds(100),
            $"{small.Length:N0} chars took {smallTime.TotalMilliseconds:0} ms; {large.Length:N0} chars took {largeTime.TotalMilliseconds:0} ms");
    }

    [Fact]
    public void Parse_ManyCountersAndBullets_StaysLinear()
    {
        // Thousands of one-line "photos" and bullets: the gallery and related-list readers must not rescan.
        var builder = new StringBuilder("Headline of the adversarial page\n\n");
        for (var i = 1; i <= 20_000; i++)
        {
            builder.Append("  • A caption that is long enough to count as a caption line here\n")
                .Append("    ").Append(i % 500 + 1).Append("/500\n\n");
        }

        var text = builder.ToString();
        var watch = Stopwatch.StartNew();
        var result = ArticleParser.ParseText(text);
        watch.Stop();

        Assert.NotNull(result);
        Assert.True(watch.Elapsed < MaxParseTime, $"parse took {watch.Elapsed}");
    }

    private static string Apply(string[] source, (Mutation Kind, int At, int Amount)[] mutations)
    {
        var lines = source.ToList();
        foreach (var (kind, at, amount) in mutations)
        {
            if (lines.Count == 0)
            {
                break;
            }

            var i = at % lines.Count;
            switch (kind)
            {
                case Mutation.Drop:
                    lines.RemoveRange(i, Math.Min(amount, lines.Count - i));
                    break;
                case Mutation.Repeat:
                    var block = lines.GetRange(i, Math.Min(amount, lines.Count - i));
                    for (var r = 0; r < 1 + (amount % 4); r++)
                    {
                        lines.InsertRange(i, block);
                    }

                    break;
                case Mutation.Swap:
                    var j = (at / 7) % lines.Count;
                    (lines[i], lines[j]) = (lines[j], lines[i]);
                    break;
                case Mutation.Truncate:
                    lines.RemoveRange(i, lines.Count - i);
                    break;
                case Mutation.InjectBullet:
                    lines.Insert(i, "  • " + lines[(i + amount) % lines.Count].Trim());
                    break;
                case Mutation.InjectCounter:
                    lines.Insert(i, amount % 3 == 0 ? $"Image {amount % 9 + 1} of {amount % 5 + 1}" : $"    {amount % 7 + 1}/{amount % 6 + 1}");
                    break;
                case Mutation.CutLine:
                    lines[i] = lines[i][..Math.Min(lines[i].Length, amount)];
                    break;
            }
        }

        return string.Join('\n', lines);
    }

    private static string Repeat(string page, int length)
    {
        var builder = new StringBuilder(length + page.Length);
        while (builder.Length < length)
        {
            builder.Append(page).Append('\n');
        }

        return builder.ToString();
    }

    private static TimeSpan BestOf(int runs, Action action)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            watch.Stop();
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        return best;
    }

    private static List<string[]> LoadPages()
    {
        var pages = new List<string[]> { File.ReadAllLines(TestCorpus.SeedStoryPath) };
        if (TestCorpus.Directory is { } corpus)
        {
            foreach (var folder in Directory.GetDirectories(Path.Combine(corpus, "pages")).Order(StringComparer.Ordinal))
            {
                pages.Add(File.ReadAllLines(Path.Combine(folder, "page.w3m.txt")));
                pages.Add(File.ReadAllLines(Path.Combine(folder, "page.innertext.txt")));
            }
        }

        return pages;
    }
}
