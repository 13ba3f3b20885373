using NewsReader.Ingestion.Rules;

namespace NewsReader.Ingestion.Tests.Rules;

public sealed class DatelinesTests
{
    [Theory]
    [InlineData("MOSCOW (AP) — The president said.", "MOSCOW (AP) —", new[] { "MOSCOW" }, "AP", "The president said.")]
    [InlineData("TBILISI/MOSCOW (Reuters) - Georgia said.", "TBILISI/MOSCOW (Reuters) -", new[] { "TBILISI", "MOSCOW" }, "Reuters", "Georgia said.")]
    [InlineData("HANOI, Vietnam (AP) — Vietnam said.", "HANOI, Vietnam (AP) —", new[] { "HANOI" }, "AP", "Vietnam said.")]
    [InlineData("NEW YORK (Reuters) - Stocks fell.", "NEW YORK (Reuters) -", new[] { "NEW YORK" }, "Reuters", "Stocks fell.")]
    [InlineData("WASHINGTON — The Obama administration said.", "WASHINGTON —", new[] { "WASHINGTON" }, null, "The Obama administration said.")]
    [InlineData("NAIROBI, Kenya -- The rebels said.", "NAIROBI, Kenya --", new[] { "NAIROBI" }, null, "The rebels said.")]
    [InlineData("SEATTLE – Amazon said.", "SEATTLE –", new[] { "SEATTLE" }, null, "Amazon said.")]
    [InlineData("LONDON - Britain said.", "LONDON -", new[] { "LONDON" }, null, "Britain said.")]
    public void TryMatch_WireAndStaffDatelines_SplitsDatelineFromText(
        string paragraph, string text, string[] places, string? agency, string rest)
    {
        Assert.True(Datelines.TryMatch(paragraph, out var dateline, out var remainder));

        Assert.Equal(text, dateline.Text);
        Assert.Equal(places, dateline.Places);
        Assert.Equal(agency, dateline.Agency);
        Assert.Equal(rest, remainder);
    }

    [Theory]
    [InlineData("The president of Azerbaijan said Saturday he hopes.")]
    [InlineData("I - for one - disagree.")]
    [InlineData("US stocks rose on Friday — a record.")]
    [InlineData("")]
    public void TryMatch_OrdinaryProse_FindsNoDateline(string paragraph)
    {
        Assert.False(Datelines.TryMatch(paragraph, out _, out var rest));
        Assert.Equal(paragraph, rest);
    }
}
