using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsReader.Data.Migrations
{
    /// <inheritdoc />
    public partial class RelatedStoryIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ArticleTopics_TopicId",
                table: "ArticleTopics");

            migrationBuilder.DropIndex(
                name: "IX_ArticlePlaces_PlaceId",
                table: "ArticlePlaces");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleTopics_TopicId_ArticleId",
                table: "ArticleTopics",
                columns: new[] { "TopicId", "ArticleId" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticlePlaces_PlaceId_ArticleId",
                table: "ArticlePlaces",
                columns: new[] { "PlaceId", "ArticleId" });
            // Words of each headline and lead paragraph, for related stories that share words. Triggers keep
            // the index in step with Articles, so every writer (the importer's SQL, EF) fills it alike.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE ArticleWords USING fts5(Headline, Lead, tokenize = 'unicode61 remove_diacritics 2');");
            migrationBuilder.Sql("CREATE VIRTUAL TABLE ArticleWordsVocab USING fts5vocab(ArticleWords, 'row');");
            migrationBuilder.Sql("""
                CREATE TRIGGER ArticleWords_AfterInsert AFTER INSERT ON Articles BEGIN
                    INSERT INTO ArticleWords (rowid, Headline, Lead)
                    VALUES (new.Id, new.Headline, CASE WHEN json_valid(new.Paragraphs) THEN json_extract(new.Paragraphs, '$[0]') END);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER ArticleWords_AfterUpdate AFTER UPDATE OF Headline, Paragraphs ON Articles BEGIN
                    DELETE FROM ArticleWords WHERE rowid = old.Id;
                    INSERT INTO ArticleWords (rowid, Headline, Lead)
                    VALUES (new.Id, new.Headline, CASE WHEN json_valid(new.Paragraphs) THEN json_extract(new.Paragraphs, '$[0]') END);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER ArticleWords_AfterDelete AFTER DELETE ON Articles BEGIN
                    DELETE FROM ArticleWords WHERE rowid = old.Id;
                END;
                """);
            migrationBuilder.Sql("""
                INSERT INTO ArticleWords (rowid, Headline, Lead)
                SELECT Id, Headline, CASE WHEN json_valid(Paragraphs) THEN json_extract(Paragraphs, '$[0]') END FROM Articles;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER ArticleWords_AfterDelete;");
            migrationBuilder.Sql("DROP TRIGGER ArticleWords_AfterUpdate;");
            migrationBuilder.Sql("DROP TRIGGER ArticleWords_AfterInsert;");
            migrationBuilder.Sql("DROP TABLE ArticleWordsVocab;");
            migrationBuilder.Sql("DROP TABLE ArticleWords;");

            migrationBuilder.DropIndex(
                name: "IX_ArticleTopics_TopicId_ArticleId",
                table: "ArticleTopics");

            migrationBuilder.DropIndex(
                name: "IX_ArticlePlaces_PlaceId_ArticleId",
                table: "ArticlePlaces");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleTopics_TopicId",
                table: "ArticleTopics",
                column: "TopicId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticlePlaces_PlaceId",
                table: "ArticlePlaces",
                column: "PlaceId");
        }
    }
}
