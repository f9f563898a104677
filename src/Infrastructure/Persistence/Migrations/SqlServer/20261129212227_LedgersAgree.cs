using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InfoGov.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class LedgersAgree : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A budget line is what its year's fund allocated to the project: lines with allocations take their sum; lines no allocation backs (a reserve project's budget copied into each year it waited) are removed, the approved budget stays in the baseline.
            migrationBuilder.Sql("UPDATE [BudgetLines] SET [Amount] = (SELECT SUM(a.[Amount]) FROM [FundAllocations] AS a JOIN [SpecialFunds] AS f ON f.[Id] = a.[FundId] WHERE a.[ProjectId] = [BudgetLines].[ProjectId] AND f.[FiscalYear] = [BudgetLines].[FiscalYear]) WHERE EXISTS (SELECT 1 FROM [FundAllocations] AS a JOIN [SpecialFunds] AS f ON f.[Id] = a.[FundId] WHERE a.[ProjectId] = [BudgetLines].[ProjectId] AND f.[FiscalYear] = [BudgetLines].[FiscalYear]);");
            migrationBuilder.Sql("DELETE FROM [BudgetLines] WHERE NOT EXISTS (SELECT 1 FROM [FundAllocations] AS a JOIN [SpecialFunds] AS f ON f.[Id] = a.[FundId] WHERE a.[ProjectId] = [BudgetLines].[ProjectId] AND f.[FiscalYear] = [BudgetLines].[FiscalYear]);");
            // A payment is charged to the fund year of the allocation paying it (Expenditure.FundYearOf): the latest allocation year up to the payment's year, else the first allocation's year, else the payment's year.
            migrationBuilder.Sql("UPDATE [Expenditures] SET [FiscalYear] = COALESCE((SELECT MAX(f.[FiscalYear]) FROM [FundAllocations] AS a JOIN [SpecialFunds] AS f ON f.[Id] = a.[FundId] WHERE a.[ProjectId] = [Expenditures].[ProjectId] AND f.[FiscalYear] <= YEAR([Expenditures].[SpentOn])), (SELECT MIN(f.[FiscalYear]) FROM [FundAllocations] AS a JOIN [SpecialFunds] AS f ON f.[Id] = a.[FundId] WHERE a.[ProjectId] = [Expenditures].[ProjectId]), YEAR([SpentOn]));");

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Data corrections: the double-charged lines and the payment years they replace are not restored.

        }
    }
}
