using CoopPortal.Application.Administration.ReferenceData;
using CoopPortal.Application.Common.Results;

namespace CoopPortal.Web.Components.Pages.Admin.ReferenceData;

/// <summary>The reference-data page's state and actions; the markup is in the .razor file, the rules in the use case.</summary>
public sealed partial class ReferenceDataPage
{
    private ReferenceDataView? _view;
    private string? _loadProblem;
    private string? _saved;
    private bool _editingOrientation;
    private OrientationRow? _orientation;
    private DocumentTypeRow? _document;
    private bool _editingDocument;
    private IReadOnlyList<ProvinceOfficeRow> _offices = [];
    private ProvinceOfficeRow? _office;

    private int NextDocumentSortOrder => _view is { DocumentTypes.Count: > 0 } view ? Math.Min(999, view.DocumentTypes.Max(t => t.SortOrder) + 1) : 1;

    private int NextSortOrder => _view is { Orientations.Count: > 0 } view ? Math.Min(999, view.Orientations.Max(o => o.SortOrder) + 1) : 1;

    [Microsoft.AspNetCore.Components.Inject]
    private Common.PrerenderedViews Prerendered { get; set; } = default!;

    [Microsoft.AspNetCore.Components.Inject]
    private Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider Authentication { get; set; } = default!;

    private sealed record Loaded(Result<ReferenceDataView> Data, Result<IReadOnlyList<ProvinceOfficeRow>> Offices);

    protected override Task OnInitializedAsync() => LoadAsync(firstLoad: true);

    /// <summary>Reads the lists; the first load takes what the prerender read (no blank page while the circuit starts).</summary>
    private async Task LoadAsync(bool firstLoad = false)
    {
        async Task<Loaded?> Read() => new(await ReferenceData.GetAsync(CancellationToken.None), await Offices.GetAsync(CancellationToken.None));
        var loaded = (firstLoad ? await Prerendered.ReadOnceAsync(Authentication, RendererInfo.IsInteractive, GetType(), Guid.Empty, Read) : await Read())!;
        var result = loaded.Data;
        if (!result.Succeeded)
        {
            _loadProblem = result.Message;
            return;
        }

        var offices = loaded.Offices;
        if (!offices.Succeeded)
        {
            _loadProblem = offices.Message;
            return;
        }

        _view = result.Value!;
        _offices = offices.Value!;
    }

    private void AddOrientation()
    {
        CloseEditors();
        _editingOrientation = true;
    }

    private void EditOrientation(OrientationRow row)
    {
        CloseEditors();
        _orientation = row;
        _editingOrientation = true;
    }

    private void AddDocument()
    {
        CloseEditors();
        _editingDocument = true;
    }

    private void EditDocument(DocumentTypeRow row)
    {
        CloseEditors();
        _document = row;
        _editingDocument = true;
    }

    private void EditOffice(ProvinceOfficeRow row)
    {
        CloseEditors();
        _office = row;
    }

    private void CloseEditors()
    {
        _office = null;
        _editingOrientation = false;
        _orientation = null;
        _document = null;
        _editingDocument = false;
        _saved = null;
    }

    private async Task<Result> SaveOrientationAsync(OrientationInput input)
    {
        var result = await ReferenceData.SaveOrientationAsync(input, CancellationToken.None);
        if (result.Succeeded)
        {
            await AfterSaveAsync(input.Id is null ? "گرایش تازه افزوده شد." : "تغییر گرایش ذخیره شد.");
        }

        return result;
    }

    private async Task<Result> SaveDocumentTypeAsync(DocumentTypeInput input)
    {
        var result = await ReferenceData.SaveDocumentTypeAsync(input, CancellationToken.None);
        if (result.Succeeded)
        {
            await AfterSaveAsync(input.Kind is null ? "نوع مدرک تازه افزوده شد." : "تغییر نوع مدرک ذخیره شد.");
        }

        return result;
    }

    private async Task<Result> SaveOfficeAsync(ProvinceOfficeInput input)
    {
        var result = await Offices.SaveAsync(input, CancellationToken.None);
        if (result.Succeeded)
        {
            await ShowSavedAsync($"اطلاعات تماس اداره کل تعاون استان {_office?.ProvinceName} ذخیره شد و از همین لحظه در صفحه تماس دیده می‌شود.");
        }

        return result;
    }

    private Task AfterSaveAsync(string message) => ShowSavedAsync(message + " از همین لحظه در درخواست‌های بعدی دیده می‌شود.");

    private async Task ShowSavedAsync(string text)
    {
        CloseEditors();
        _saved = text;
        await LoadAsync();

        // The save came through the editor's event, which re-renders only the editor: the page must render itself.
        StateHasChanged();
    }
}
