using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsReader.Data.Model;

namespace NewsReader.Data.Configuration;

internal sealed class RelatedListConfiguration : IEntityTypeConfiguration<RelatedList>
{
    public void Configure(EntityTypeBuilder<RelatedList> builder)
    {
        builder.ToTable("RelatedLists");
        builder.HasIndex(l => new { l.ArticleId, l.Position }).IsUnique();
        builder.HasMany(l => l.Teasers).WithOne(t => t.RelatedList).HasForeignKey(t => t.RelatedListId).OnDelete(DeleteBehavior.Cascade);
    }
}
