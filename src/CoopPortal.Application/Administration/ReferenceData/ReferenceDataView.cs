namespace CoopPortal.Application.Administration.ReferenceData;

public sealed record ReferenceDataView(IReadOnlyList<OrientationRow> Orientations, IReadOnlyList<DocumentTypeRow> DocumentTypes, IReadOnlyList<ReferenceAuditView> History);
