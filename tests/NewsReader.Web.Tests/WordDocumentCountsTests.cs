using Microsoft.Extensions.Time.Testing;
using NewsReader.Web.Infrastructure;
using NewsReader.Web.Pages.Articles;

namespace NewsReader.Web.Tests;

/// <summary>The related-stories word counts: kept between renders, read again after an ingest or once old.</summary>
public sealed class WordDocumentCountsTests
{
    [Fact]
    public void Counts_AreKeptUntilTheyAreAsOldAsOtherWritersMayLag_ThenReadAgain()
    {
        var clock = new FakeTimeProvider();
        var counts = new WordDocumentCounts(clock);
        WordDocumentCounts.Remember(counts.Current, "ferry", 3);

        clock.Advance(StoreChangeEviction.OtherWritersShowWithin - TimeSpan.FromSeconds(1));
        Assert.Equal(3, counts.Current["ferry"]);

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(counts.Current.ContainsKey("ferry"));
    }

    [Fact]
    public void Counts_AfterAnIngestChangesTheStore_AreReadAgain()
    {
        var counts = new WordDocumentCounts(new FakeTimeProvider());
        WordDocumentCounts.Remember(counts.Current, "ferry", 3);

        counts.Invalidate();

        Assert.Empty(counts.Current);
    }
}
