using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Mobility.BuildingBlocks.Persistence;

namespace Mobility.Recognition.Data.Migrations;

/// <summary>The whole Recognition schema: recognitions with their units and decisions, Europass documents, decision support.</summary>
[DbContext(typeof(RecognitionDbContext))]
[Migration("202612010001_Initial")]
internal sealed partial class M0001_Initial : Migration
{
    private const string Schema = RecognitionModule.SchemaName;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        MessagingTables.Create(migrationBuilder, Schema);
        CreateRecognitions(migrationBuilder);
        CreateUnits(migrationBuilder);
        CreateDecisions(migrationBuilder);
        CreateEuropassDocuments(migrationBuilder);
        CreateDecisionSupport(migrationBuilder);
    }

    private static void CreateRecognitions(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "placement_recognitions",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                placement_id = table.Column<Guid>(nullable: false),
                learner_id = table.Column<Guid>(nullable: false),
                sending_organisation_id = table.Column<Guid>(nullable: false),
                host_organisation_id = table.Column<Guid>(nullable: true),
                qualification_id = table.Column<Guid>(nullable: false),
                qualification_name = table.Column<string>(maxLength: 300, nullable: false),
                eqf_level = table.Column<int>(nullable: false),
                starts_on = table.Column<DateOnly>(nullable: false),
                ends_on = table.Column<DateOnly>(nullable: false),
                returned_on = table.Column<DateOnly>(nullable: false),
                host_tutor_name = table.Column<string>(maxLength: 200, nullable: true),
                host_tutor_email = table.Column<string>(maxLength: 254, nullable: true),
                opened_at = table.Column<DateTime>(nullable: false),
                agreed_version = table.Column<int>(nullable: true),
                agreed_at = table.Column<DateTime>(nullable: true),
                assessment_status = table.Column<string>(maxLength: 20, nullable: false),
                assessment_method = table.Column<string>(maxLength: 20, nullable: true),
                assessed_on = table.Column<DateOnly>(nullable: true),
                assessment_language = table.Column<string>(maxLength: 2, nullable: true),
                sending_company_took_part = table.Column<bool>(nullable: false),
                school_teacher_took_part = table.Column<bool>(nullable: false),
                other_participants = table.Column<string>(maxLength: 500, nullable: true),
                assessed_by = table.Column<string>(maxLength: 254, nullable: true),
                assessment_submitted_at = table.Column<DateTime>(nullable: true),
                validated_at = table.Column<DateTime>(nullable: true),
                validated_by = table.Column<string>(maxLength: 254, nullable: true),
                validated_by_user_id = table.Column<Guid>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_placement_recognitions", x => x.id));
        migrationBuilder.CreateIndex(
            name: "ix_placement_recognitions_placement_id", schema: Schema, table: "placement_recognitions", column: "placement_id", unique: true);
        migrationBuilder.CreateIndex(
            name: "ix_placement_recognitions_learner_id", schema: Schema, table: "placement_recognitions", column: "learner_id");
        migrationBuilder.CreateIndex(
            name: "ix_placement_recognitions_sending_organisation_id", schema: Schema, table: "placement_recognitions", column: "sending_organisation_id");
        migrationBuilder.CreateIndex(
            name: "ix_placement_recognitions_host_tutor_email", schema: Schema, table: "placement_recognitions", column: "host_tutor_email");
    }

    private static void CreateUnits(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "units_of_learning_outcomes",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                placement_recognition_id = table.Column<Guid>(nullable: false),
                position = table.Column<int>(nullable: false),
                qualification_unit_id = table.Column<Guid>(nullable: false),
                qualification_unit_code = table.Column<string>(maxLength: 20, nullable: false),
                qualification_unit_title = table.Column<string>(maxLength: 300, nullable: false),
                title = table.Column<string>(maxLength: 300, nullable: false),
                knowledge = table.Column<List<string>>(nullable: false),
                skills = table.Column<List<string>>(nullable: false),
                competences = table.Column<List<string>>(nullable: false),
                ecvet_points = table.Column<decimal>(precision: 18, scale: 2, nullable: true),
                scheme_code = table.Column<string>(maxLength: 40, nullable: false),
                agreed_in_version = table.Column<int>(nullable: true),
                host_level = table.Column<string>(maxLength: 40, nullable: true),
                host_mark = table.Column<decimal>(precision: 18, scale: 2, nullable: true),
                host_evidence = table.Column<string>(maxLength: 2000, nullable: true),
                host_comment = table.Column<string>(maxLength: 2000, nullable: true),
                school_level = table.Column<string>(maxLength: 40, nullable: true),
                school_mark = table.Column<decimal>(precision: 18, scale: 2, nullable: true),
                school_comment = table.Column<string>(maxLength: 2000, nullable: true),
                school_assessed_on = table.Column<DateOnly>(nullable: true),
                school_assessed_by = table.Column<string>(maxLength: 254, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_units_of_learning_outcomes", x => x.id);
                table.ForeignKey(
                    name: "fk_units_of_learning_outcomes_placement_recognitions", column: x => x.placement_recognition_id,
                    principalSchema: Schema, principalTable: "placement_recognitions", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(
            name: "ix_units_of_learning_outcomes_recognition_qualification_unit", schema: Schema, table: "units_of_learning_outcomes",
            columns: ["placement_recognition_id", "qualification_unit_id"], unique: true);
    }

    private static void CreateDecisions(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "recognition_decisions",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                placement_recognition_id = table.Column<Guid>(nullable: false),
                unit_id = table.Column<Guid>(nullable: false),
                sequence = table.Column<int>(nullable: false),
                outcome = table.Column<string>(maxLength: 40, nullable: false),
                reason = table.Column<string>(maxLength: 1000, nullable: true),
                passed = table.Column<bool>(nullable: false),
                final_mark = table.Column<decimal>(precision: 18, scale: 2, nullable: true),
                attestation = table.Column<string>(maxLength: 100, nullable: true),
                decided_by = table.Column<string>(maxLength: 254, nullable: false),
                decided_by_user_id = table.Column<Guid>(nullable: true),
                decided_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_recognition_decisions", x => x.id);
                table.ForeignKey(
                    name: "fk_recognition_decisions_placement_recognitions", column: x => x.placement_recognition_id,
                    principalSchema: Schema, principalTable: "placement_recognitions", principalColumn: "id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "fk_recognition_decisions_units_of_learning_outcomes_unit_id", column: x => x.unit_id,
                    principalSchema: Schema, principalTable: "units_of_learning_outcomes", principalColumn: "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(
            name: "ix_recognition_decisions_placement_recognition_id", schema: Schema, table: "recognition_decisions", column: "placement_recognition_id");
        migrationBuilder.CreateIndex(
            name: "ix_recognition_decisions_unit_id_sequence", schema: Schema, table: "recognition_decisions", columns: ["unit_id", "sequence"], unique: true);
    }

    private static void CreateEuropassDocuments(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "europass_documents",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                placement_recognition_id = table.Column<Guid>(nullable: false),
                placement_id = table.Column<Guid>(nullable: false),
                learner_id = table.Column<Guid>(nullable: false),
                number = table.Column<string>(maxLength: 40, nullable: false),
                content = table.Column<string>(nullable: false),
                issued_by = table.Column<string>(maxLength: 254, nullable: false),
                issued_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_europass_documents", x => x.id);
                table.ForeignKey(
                    name: "fk_europass_documents_placement_recognitions", column: x => x.placement_recognition_id,
                    principalSchema: Schema, principalTable: "placement_recognitions", principalColumn: "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "ix_europass_documents_number", schema: Schema, table: "europass_documents", column: "number", unique: true);
        migrationBuilder.CreateIndex(name: "ix_europass_documents_placement_id", schema: Schema, table: "europass_documents", column: "placement_id");
        migrationBuilder.CreateIndex(
            name: "ix_europass_documents_placement_recognition_id", schema: Schema, table: "europass_documents", column: "placement_recognition_id");
    }

    private static void CreateDecisionSupport(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "evaluation_procedures",
            schema: Schema,
            columns: table => new
            {
                code = table.Column<string>(maxLength: 60, nullable: false),
                title = table.Column<string>(maxLength: 200, nullable: false),
                description = table.Column<string>(maxLength: 2000, nullable: false),
                steps = table.Column<List<string>>(nullable: false),
                updated_by = table.Column<string>(maxLength: 254, nullable: false),
                updated_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_evaluation_procedures", x => x.code));
        migrationBuilder.CreateTable(
            name: "decision_rules",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                code = table.Column<string>(maxLength: 60, nullable: false),
                position = table.Column<int>(nullable: false),
                conditions = table.Column<List<string>>(nullable: false),
                procedure_code = table.Column<string>(maxLength: 60, nullable: true),
                explanation = table.Column<string>(maxLength: 1000, nullable: false),
                advice = table.Column<List<string>>(nullable: false),
                updated_by = table.Column<string>(maxLength: 254, nullable: false),
                updated_at = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_decision_rules", x => x.id));
        migrationBuilder.CreateIndex(name: "ix_decision_rules_code", schema: Schema, table: "decision_rules", column: "code", unique: true);
    }
}
