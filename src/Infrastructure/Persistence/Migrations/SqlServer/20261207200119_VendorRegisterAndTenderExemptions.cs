using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoGov.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class VendorRegisterAndTenderExemptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "WinningVendorId",
                table: "Tenders",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ExemptionId",
                table: "Contracts",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "VendorId",
                table: "Contracts",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TenderExemptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    GrantedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    GrantedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ContractId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Ceiling = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    CeilingCurrency = table.Column<string>(type: "nchar(3)", fixedLength: true, maxLength: 3, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenderExemptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TenderExemptions_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Vendors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vendors", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Tenders_WinningVendorId",
                table: "Tenders",
                column: "WinningVendorId");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_ExemptionId",
                table: "Contracts",
                column: "ExemptionId",
                unique: true,
                filter: "[ExemptionId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_VendorId",
                table: "Contracts",
                column: "VendorId");

            migrationBuilder.CreateIndex(
                name: "IX_TenderExemptions_ProjectId",
                table: "TenderExemptions",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Vendors_Code",
                table: "Vendors",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Vendors_CreditCode",
                table: "Vendors",
                column: "CreditCode",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Contracts_TenderExemptions_ExemptionId",
                table: "Contracts",
                column: "ExemptionId",
                principalTable: "TenderExemptions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Contracts_Vendors_VendorId",
                table: "Contracts",
                column: "VendorId",
                principalTable: "Vendors",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Tenders_Vendors_WinningVendorId",
                table: "Tenders",
                column: "WinningVendorId",
                principalTable: "Vendors",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Contracts_TenderExemptions_ExemptionId",
                table: "Contracts");

            migrationBuilder.DropForeignKey(
                name: "FK_Contracts_Vendors_VendorId",
                table: "Contracts");

            migrationBuilder.DropForeignKey(
                name: "FK_Tenders_Vendors_WinningVendorId",
                table: "Tenders");

            migrationBuilder.DropTable(
                name: "TenderExemptions");

            migrationBuilder.DropTable(
                name: "Vendors");

            migrationBuilder.DropIndex(
                name: "IX_Tenders_WinningVendorId",
                table: "Tenders");

            migrationBuilder.DropIndex(
                name: "IX_Contracts_ExemptionId",
                table: "Contracts");

            migrationBuilder.DropIndex(
                name: "IX_Contracts_VendorId",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "WinningVendorId",
                table: "Tenders");

            migrationBuilder.DropColumn(
                name: "ExemptionId",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "VendorId",
                table: "Contracts");
        }
    }
}
