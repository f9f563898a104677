using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoGov.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ExpertVerdictsAndFeedPriorState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContraryReason",
                table: "ReviewPanels",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MajorityRecommendation",
                table: "ReviewPanels",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PriorState",
                table: "ChangeRecords",
                type: "TEXT",
                maxLength: 100000,
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Result",
                table: "Acceptances",
                type: "TEXT",
                maxLength: 40,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 40);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ContraryReason",
                table: "ReviewPanels");

            migrationBuilder.DropColumn(
                name: "MajorityRecommendation",
                table: "ReviewPanels");

            migrationBuilder.DropColumn(
                name: "PriorState",
                table: "ChangeRecords");

            migrationBuilder.AlterColumn<string>(
                name: "Result",
                table: "Acceptances",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 40,
                oldNullable: true);
        }
    }
}
