using NewsReader.Ingestion.Evaluation;

namespace NewsReader.Ingestion.Tests.Evaluation;

public sealed class ShingleScorerTests
{
    [Fact]
    public void Score_IdenticalText_IsPerfect()
    {
        var score = ShingleScorer.Score("p", "One two three four five.", "one, two; three four five");

        Assert.Equal(1, score.Precision);
        Assert.Equal(1, score.Recall);
    }

    [Fact]
    public void Score_ExtraText_LowersPrecisionNotRecall()
    {
        // 5 words give 2 shingles; 7 words give 4, of which 2 are expected.
        var score = ShingleScorer.Score("p", "a b c d e x y", "a b c d e");

        Assert.Equal(0.5, score.Precision);
        Assert.Equal(1, score.Recall);
    }

    [Fact]
    public void Score_RepeatedShingles_CountAsAMultiset()
    {
        var score = ShingleScorer.Score("p", "a b c d a b c d", "a b c d");

        Assert.Equal(1.0 / 5, score.Precision);
        Assert.Equal(1, score.Recall);
    }

    [Fact]
    public void Average_TakesF1FromAveragedPrecisionAndRecall()
    {
        var corpus = ShingleScorer.Average([new PageScore("a", 1, 0.5), new PageScore("b", 0.5, 1)]);

        Assert.Equal(0.75, corpus.Precision);
        Assert.Equal(0.75, corpus.Recall);
        Assert.Equal(0.75, corpus.F1, 10);
    }

    [Fact]
    public void FromHtml_ReadsBlockTextLineByLine()
    {
        var text = ExpectedText.FromHtml("<div><h1>Title</h1><p>First <b>bold</b> para.</p><script>x()</script><p>Second.</p></div>");

        Assert.Equal("Title\nFirst bold para.\nSecond.", text);
    }
}
