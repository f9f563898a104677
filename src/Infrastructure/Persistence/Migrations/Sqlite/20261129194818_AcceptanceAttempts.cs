using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoGov.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AcceptanceAttempts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Attempt",
                table: "Acceptances",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Acceptances recorded before attempts were numbered: numbered by date, the first attempt first on a tie.
            migrationBuilder.Sql("UPDATE \"Acceptances\" SET \"Attempt\" = 1 + (SELECT COUNT(*) FROM \"Acceptances\" AS b WHERE b.\"ProjectId\" = \"Acceptances\".\"ProjectId\" AND (b.\"HeldOn\" < \"Acceptances\".\"HeldOn\" OR (b.\"HeldOn\" = \"Acceptances\".\"HeldOn\" AND b.\"IsFirstAttempt\" = 1 AND \"Acceptances\".\"IsFirstAttempt\" = 0)));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Attempt",
                table: "Acceptances");
        }
    }
}
