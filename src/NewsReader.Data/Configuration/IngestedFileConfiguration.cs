using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsReader.Data.Model;

namespace NewsReader.Data.Configuration;

internal sealed class IngestedFileConfiguration : IEntityTypeConfiguration<IngestedFile>
{
    public void Configure(EntityTypeBuilder<IngestedFile> builder)
    {
        builder.ToTable("IngestedFiles");
        builder.HasIndex(f => f.Path);
        builder.HasIndex(f => f.FileHash);
        builder.HasIndex(f => new { f.Outcome, f.FinishedUtc });
        builder.HasIndex(f => f.ArticleId);
        builder.HasOne(f => f.Article).WithMany().HasForeignKey(f => f.ArticleId).OnDelete(DeleteBehavior.SetNull);
    }
}
