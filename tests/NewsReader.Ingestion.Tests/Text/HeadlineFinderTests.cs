using NewsReader.Ingestion.Text;
using NewsReader.Tests.Shared;

namespace NewsReader.Ingestion.Tests.Text;

/// <summary>
/// The headline finder passes over a candidate on a bound of its merit (the bound must never be below it), and finds a
/// window line's copies anywhere on the page.
/// </summary>
public sealed class HeadlineFinderTests
{
    [Theory]
    [InlineData("page.w3m.txt")]
    [InlineData("page.innertext.txt")]
    public void MeritBound_EveryCorpusLine_IsAtLeastItsMerit(string dump)
    {
        var candidates = 0;
        foreach (var page in Directory.GetDirectories(Path.Combine(TestCorpus.RequireDirectory(), "pages")))
        {
            var lines = DumpLines.Split(File.ReadAllText(Path.Combine(page, dump)), int.MaxValue, out _);
            var repeats = new HeadlineFinder.Repeats(lines, 0, lines.Count);
            foreach (var line in lines)
            {
                var merit = HeadlineFinder.Merit(line, repeats);

                Assert.True(HeadlineFinder.MeritBound(line) >= merit, $"{page}: \"{line.Text}\" merit {merit}, bound {HeadlineFinder.MeritBound(line)}");
                candidates += merit > 0 ? 1 : 0;
            }
        }

        Assert.True(candidates > 1000, $"only {candidates} lines had a merit");
    }

    [Fact]
    public void Repeats_AWindowLineShownAgainFarBelowAmongManyOthers_IsRepeatedAndItsNeighbourIsNot()
    {
        // Hundreds of other lines of a candidate's length between the copies: the filter on the window's ends must let
        // the copy through and keep the rest out, whatever bits they fall on.
        const string headline = "Ferry services resume on the fjord after the storm";
        const string standfirst = "Crossings were halted for two days by high winds";
        var others = Enumerable.Range(0, 600).Select(i => $"Harbour notice number {i} for the terminal at Oslo");
        var lines = DumpLines.Split(string.Join("\n", [headline, standfirst, "Body text follows here", .. others, headline]), int.MaxValue, out _);

        var repeats = new HeadlineFinder.Repeats(lines, 0, 2);

        Assert.True(repeats.IsRepeated(lines[0]));
        Assert.False(repeats.IsRepeated(lines[1]));
    }
}
