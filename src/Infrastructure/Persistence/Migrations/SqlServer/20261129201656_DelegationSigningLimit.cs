using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoGov.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DelegationSigningLimit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ProjectId",
                table: "Delegations",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "SigningLimitAmount",
                table: "Delegations",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SigningLimitCurrency",
                table: "Delegations",
                type: "nchar(3)",
                fixedLength: true,
                maxLength: 3,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Delegations_ProjectId",
                table: "Delegations",
                column: "ProjectId");

            migrationBuilder.AddForeignKey(
                name: "FK_Delegations_Projects_ProjectId",
                table: "Delegations",
                column: "ProjectId",
                principalTable: "Projects",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Delegations_Projects_ProjectId",
                table: "Delegations");

            migrationBuilder.DropIndex(
                name: "IX_Delegations_ProjectId",
                table: "Delegations");

            migrationBuilder.DropColumn(
                name: "ProjectId",
                table: "Delegations");

            migrationBuilder.DropColumn(
                name: "SigningLimitAmount",
                table: "Delegations");

            migrationBuilder.DropColumn(
                name: "SigningLimitCurrency",
                table: "Delegations");
        }
    }
}
