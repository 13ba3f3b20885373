using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsReader.Data.Model;

namespace NewsReader.Data.Configuration;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ToTable("Articles");
        builder.HasIndex(a => a.Slug).IsUnique();

        // Newest-first lists page by (SortDateUtc, Id) keyset.
        builder.HasIndex(a => new { a.SortDateUtc, a.Id });
        builder.HasIndex(a => new { a.HeadlineKey, a.PublishedOn });
        builder.HasIndex(a => a.SourcePath);
        builder.HasIndex(a => a.ContentHash);
        builder.Property(a => a.Slug).HasMaxLength(200);
        builder.Property(a => a.ContentHash).HasMaxLength(64);

        builder.HasMany(a => a.Photos).WithOne(p => p.Article).HasForeignKey(p => p.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.RelatedLists).WithOne(l => l.Article).HasForeignKey(l => l.ArticleId).OnDelete(DeleteBehavior.Cascade);

        builder.HasMany(a => a.Topics).WithMany(t => t.Articles).UsingEntity(
            "ArticleTopics",
            right => right.HasOne(typeof(Topic)).WithMany().HasForeignKey("TopicId").OnDelete(DeleteBehavior.Cascade),
            left => left.HasOne(typeof(Article)).WithMany().HasForeignKey("ArticleId").OnDelete(DeleteBehavior.Cascade),
            join =>
            {
                join.HasKey("ArticleId", "TopicId");
                join.HasIndex("TopicId", "ArticleId");
            });

        builder.HasMany(a => a.Places).WithMany(p => p.Articles).UsingEntity(
            "ArticlePlaces",
            right => right.HasOne(typeof(Place)).WithMany().HasForeignKey("PlaceId").OnDelete(DeleteBehavior.Cascade),
            left => left.HasOne(typeof(Article)).WithMany().HasForeignKey("ArticleId").OnDelete(DeleteBehavior.Cascade),
            join =>
            {
                join.HasKey("ArticleId", "PlaceId");
                join.HasIndex("PlaceId", "ArticleId");
            });
    }
}
