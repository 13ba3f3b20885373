using System.Text.RegularExpressions;

namespace NewsReader.Ingestion.Evaluation;

/// <summary>Precision and recall of one page's extracted text against the expected text.</summary>
public sealed record PageScore(string Page, double Precision, double Recall)
{
    /// <summary>The page's own F1.</summary>
    public double F1 => ShingleScorer.Harmonic(Precision, Recall);
}

/// <summary>Precision and recall averaged over pages, and the F1 of those two averages.</summary>
public sealed record CorpusScore(double Precision, double Recall, double F1, IReadOnlyList<PageScore> Pages);

/// <summary>
/// Scores extracted article text the way the public article-extraction benchmarks do: words are
/// <c>\w+</c>, each text becomes a multiset of word 4-gram shingles, precision and recall come from the
/// shingle counts per page, each is averaged over the pages, and F1 is taken from the two averages.
/// </summary>
public static partial class ShingleScorer
{
    /// <summary>Shingle length in words.</summary>
    public const int ShingleSize = 4;

    /// <summary>Scores one page.</summary>
    public static PageScore Score(string page, string extracted, string expected)
    {
        var got = Shingles(extracted);
        var want = Shingles(expected);
        var gotTotal = got.Values.Sum();
        var wantTotal = want.Values.Sum();
        var common = 0;
        foreach (var (shingle, count) in got)
        {
            if (want.TryGetValue(shingle, out var wanted))
            {
                common += Math.Min(count, wanted);
            }
        }

        // An empty extraction of an empty expectation is perfect; an empty side otherwise scores zero.
        var precision = gotTotal == 0 ? (wantTotal == 0 ? 1 : 0) : (double)common / gotTotal;
        var recall = wantTotal == 0 ? (gotTotal == 0 ? 1 : 0) : (double)common / wantTotal;
        return new PageScore(page, precision, recall);
    }

    /// <summary>Averages page scores into the corpus figure.</summary>
    public static CorpusScore Average(IReadOnlyList<PageScore> pages)
    {
        if (pages.Count == 0)
        {
            return new CorpusScore(0, 0, 0, pages);
        }

        var precision = pages.Average(p => p.Precision);
        var recall = pages.Average(p => p.Recall);
        return new CorpusScore(precision, recall, Harmonic(precision, recall), pages);
    }

    internal static double Harmonic(double precision, double recall) =>
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

    private static Dictionary<string, int> Shingles(string text)
    {
        var words = Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToArray();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (words.Length == 0)
        {
            return shingles;
        }

        // Texts shorter than one shingle count as a single shingle of what they have.
        var last = Math.Max(0, words.Length - ShingleSize);
        for (var i = 0; i <= last; i++)
        {
            var key = string.Join(' ', words, i, Math.Min(ShingleSize, words.Length - i));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
