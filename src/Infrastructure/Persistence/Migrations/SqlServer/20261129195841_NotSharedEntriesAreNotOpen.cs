using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoGov.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class NotSharedEntriesAreNotOpen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A catalog entry not shared with departments is not open to the public either (CatalogRules):
            // entries recorded before the rule are closed to the public, never the other way round.
            migrationBuilder.Sql("UPDATE [DataResources] SET [OpenType] = 'NotOpen' WHERE [SharingType] = 'NotShared' AND [OpenType] <> 'NotOpen';");

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
