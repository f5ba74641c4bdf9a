; The kindspace installer for Windows (NSIS 3, Modern UI 2).
;
; Per-user: it needs no administrator rights and installs to
; %LOCALAPPDATA%\Programs\kindspace, with a Start-menu shortcut, an entry in "Installed apps"
; and an uninstaller. Starting kindspace at sign-in is an option, off unless chosen.
; The journal is never part of the installation: it lives in %LOCALAPPDATA%\kindspace, and
; neither installing, updating nor uninstalling ever touches it.
;
; Build from the repository root, after PyInstaller has made dist\kindspace:
;   makensis /DVERSION=0.1.0 packaging\windows\kindspace.nsi
; Optional: /DBUNDLE=<folder of the PyInstaller bundle> (default dist\kindspace),
;           /DOUTFILE=<installer path> (default dist\kindspace-<version>-windows-x64-setup.exe).
; Relative paths are relative to this file's folder (makensis works from there).

Unicode true
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "Give the version: makensis /DVERSION=x.y.z kindspace.nsi"
!endif
!ifndef BUNDLE
  !define BUNDLE "..\..\dist\kindspace"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\kindspace-${VERSION}-windows-x64-setup.exe"
!endif

!define APP "kindspace"
!define ICON "..\..\resources\icons\kindspace.ico"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\kindspace"
; The same value kindspace's own "start at login" setting writes, so the two never duplicate
; and either one can turn it off.
!define RUN_KEY "Software\Microsoft\Windows\CurrentVersion\Run"
!define RUN_VALUE "kindspace"

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APP}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${APP} installer"
VIAddVersionKey "LegalCopyright" "The kindspace authors"

!include "MUI2.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TEXT "This will put kindspace on your computer, just for you: no administrator rights are needed.$\r$\n$\r$\nkindspace works offline. Your journal stays encrypted on this computer."
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP}.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Open kindspace now"
!define MUI_UNCONFIRMPAGE_TEXT_TOP "kindspace will be removed from this computer. Your journal and its backups are not part of the program and stay where they are, in $LOCALAPPDATA\kindspace."

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Section "kindspace" SectionApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An update replaces the program's files as a whole, so nothing of an older version lingers.
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${APP}.exe" "" "$INSTDIR\${APP}.exe" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "The kindspace authors"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP}.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  SectionGetSize ${SectionApp} $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

; Quietly, into the tray, as kindspace's own setting does (kindspace/reminders/autostart.py).
Section /o "Start kindspace quietly when I sign in" SectionLogin
  WriteRegStr HKCU "${RUN_KEY}" "${RUN_VALUE}" '"$INSTDIR\${APP}.exe" --start-hidden'
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP}.lnk"
  DeleteRegValue HKCU "${RUN_KEY}" "${RUN_VALUE}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; Only what the installer put there; a folder with anything else in it stays.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP}.exe"
  Delete "$INSTDIR\${APP}-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
SectionEnd
