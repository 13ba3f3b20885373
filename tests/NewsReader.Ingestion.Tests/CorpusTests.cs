using NewsReader.Tests.Shared;

namespace NewsReader.Ingestion.Tests;

public sealed class CorpusTests
{
    [Fact]
    public void SeedStory_IsShippedAsTheProductSample()
    {
        Assert.True(File.Exists(TestCorpus.SeedStoryPath), TestCorpus.SeedStoryPath);
    }
}
