using NewsReader.Ingestion.Html;
using NewsReader.Ingestion.Rules;

namespace NewsReader.Ingestion.Tests.Rules;

/// <summary>
/// The name particles are one list that both the writer notes under a story and the HTML parser's byline lines read
/// names with, so a name either rule accepts, the other accepts too.
/// </summary>
public sealed class NameParticlesTests
{
    public static TheoryData<string> Particles => [.. NameParticles.Words];

    [Theory]
    [MemberData(nameof(Particles))]
    public void IsWriterNote_NameWithAParticle_IsTrue(string particle) =>
        Assert.True(AuthorNotes.IsWriterNote($"Ana {particle} Cruz is a breaking news reporter for Example News."));

    [Theory]
    [MemberData(nameof(Particles))]
    public void IsBylineLine_NameWithAParticle_IsTrue(string particle) =>
        Assert.True(ParagraphFurniture.IsBylineLine($"By Ana {particle} Cruz"));

    [Theory]
    [InlineData("Maria dos Santos is a correspondent for Example News.")]
    [InlineData("Mark di Stefano is a breaking news reporter for Example News.")]
    [InlineData("Ana de la Cruz was a columnist.")]
    public void IsWriterNote_WriterNamedWithParticles_IsTrue(string line) => Assert.True(AuthorNotes.IsWriterNote(line));

    [Theory]
    [InlineData("Ana para Cruz is a reporter for Example News.")]
    [InlineData("Ana y Cruz is a reporter for Example News.")]
    public void IsWriterNote_LowerCaseWordThatIsNoParticle_IsFalse(string line) => Assert.False(AuthorNotes.IsWriterNote(line));

    [Theory]
    [InlineData("By Ana Cruz y Luis Gil")]
    [InlineData("By Ana Cruz e Luis Gil")]
    [InlineData("By Jane Doe and John Roe")]
    [InlineData("By Jane Doe & John Roe")]
    [InlineData("By Jane Doe with John Roe")]
    public void IsBylineLine_NamesJoinedByAConjunction_IsTrue(string line) => Assert.True(ParagraphFurniture.IsBylineLine(line));

    [Fact]
    public void IsBylineLine_LowerCaseWordThatIsNoParticle_IsFalse() => Assert.False(ParagraphFurniture.IsBylineLine("By Ana para Cruz"));
}
