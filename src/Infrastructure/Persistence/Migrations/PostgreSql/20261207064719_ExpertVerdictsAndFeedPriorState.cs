using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoGov.Infrastructure.Persistence.Migrations.PostgreSql
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
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "MajorityRecommendation",
                table: "ReviewPanels",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PriorState",
                table: "ChangeRecords",
                type: "character varying(100000)",
                maxLength: 100000,
                nullable: true,
                collation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "Result",
                table: "Acceptances",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
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
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldNullable: true);
        }
    }
}
