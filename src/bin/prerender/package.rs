//! The course-platform packages: for each entry of the build manifest's
//! `packages`, a zip (the `zip` crate, deflate) with `imsmanifest.xml` at its
//! root (written with `quick-xml`) and the package pages with every file they
//! load. One SCO whose launch page is the widget's package page. Every entry
//! carries the same date (1980-01-01) and mode, so the same files give the
//! same zip.

use super::manifest::{BuildManifest, PackageEntry, Project};
use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;
use std::io::{self, Cursor, Write};
use std::{fs, path::Path};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// The namespaces and schema locations of each version's manifest.
fn namespaces(scorm: &str) -> Option<&'static [(&'static str, &'static str)]> {
    match scorm {
        "1.2" => Some(&[
            ("xmlns", "http://www.imsproject.org/xsd/imscp_rootv1p1p2"),
            ("xmlns:adlcp", "http://www.adlnet.org/xsd/adlcp_rootv1p2"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            (
                "xsi:schemaLocation",
                "http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd \
                 http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd",
            ),
        ]),
        "2004" => Some(&[
            ("xmlns", "http://www.imsglobal.org/xsd/imscp_v1p1"),
            ("xmlns:adlcp", "http://www.adlnet.org/xsd/adlcp_v1p3"),
            ("xmlns:adlseq", "http://www.adlnet.org/xsd/adlseq_v1p3"),
            ("xmlns:adlnav", "http://www.adlnet.org/xsd/adlnav_v1p3"),
            ("xmlns:imsss", "http://www.imsglobal.org/xsd/imsss"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            (
                "xsi:schemaLocation",
                "http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd \
                 http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd \
                 http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd \
                 http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd \
                 http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd",
            ),
        ]),
        _ => None,
    }
}

/// `imsmanifest.xml` of `package`: metadata, one organization with one
/// item, and the one SCO with its files. The versions differ in their
/// namespaces, the schema version and the spelling of the SCO type
/// attribute (`scormtype` in 1.2, `scormType` in 2004).
pub fn imsmanifest(project: &Project, package: &PackageEntry) -> Result<String, String> {
    let namespaces = namespaces(&package.scorm)
        .ok_or_else(|| format!("{}: unknown SCORM version {}", package.zip, package.scorm))?;
    let (schema_version, sco_type) = match package.scorm.as_str() {
        "1.2" => ("1.2", "adlcp:scormtype"),
        _ => ("2004 4th Edition", "adlcp:scormType"),
    };
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    let written: io::Result<()> = (|| {
        writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        writer
            .create_element("manifest")
            .with_attributes([
                ("identifier", package.identifier.as_str()),
                ("version", project.version.as_str()),
            ])
            .with_attributes(namespaces.iter().copied())
            .write_inner_content(|w| {
                w.create_element("metadata").write_inner_content(|w| {
                    w.create_element("schema")
                        .write_text_content(BytesText::new("ADL SCORM"))?;
                    w.create_element("schemaversion")
                        .write_text_content(BytesText::new(schema_version))?;
                    Ok(())
                })?;
                w.create_element("organizations")
                    .with_attribute(("default", "organization"))
                    .write_inner_content(|w| {
                        w.create_element("organization")
                            .with_attribute(("identifier", "organization"))
                            .write_inner_content(|w| {
                                w.create_element("title")
                                    .write_text_content(BytesText::new(&project.title))?;
                                w.create_element("item")
                                    .with_attributes([
                                        ("identifier", "explorer"),
                                        ("identifierref", "widget"),
                                        ("isvisible", "true"),
                                    ])
                                    .write_inner_content(|w| {
                                        w.create_element("title")
                                            .write_text_content(BytesText::new(&project.title))?;
                                        Ok(())
                                    })?;
                                Ok(())
                            })?;
                        Ok(())
                    })?;
                w.create_element("resources").write_inner_content(|w| {
                    w.create_element("resource")
                        .with_attributes([
                            ("identifier", "widget"),
                            ("type", "webcontent"),
                            (sco_type, "sco"),
                            ("href", package.launch.as_str()),
                        ])
                        .write_inner_content(|w| {
                            for file in &package.files {
                                w.create_element("file")
                                    .with_attribute(("href", file.as_str()))
                                    .write_empty()?;
                            }
                            Ok(())
                        })?;
                    Ok(())
                })?;
                Ok(())
            })?;
        Ok(())
    })();
    written.map_err(|error| format!("{}: imsmanifest.xml: {error}", package.zip))?;
    let mut xml = String::from_utf8(writer.into_inner())
        .map_err(|error| format!("{}: imsmanifest.xml: {error}", package.zip))?;
    xml.push('\n');
    Ok(xml)
}

/// A zip of `entries` (name, bytes), deflated at level 9, each dated
/// 1980-01-01 with mode 0644.
pub fn zip(entries: &[(String, Vec<u8>)]) -> Result<Vec<u8>, String> {
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(9))
        .last_modified_time(DateTime::DEFAULT)
        .unix_permissions(0o644);
    let mut archive = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in entries {
        archive
            .start_file(name.as_str(), options)
            .map_err(|error| format!("{name}: {error}"))?;
        archive
            .write_all(bytes)
            .map_err(|error| format!("{name}: {error}"))?;
    }
    let cursor = archive.finish().map_err(|error| error.to_string())?;
    Ok(cursor.into_inner())
}

/// Writes every package of `manifest` into `dir`; returns each zip's name,
/// its number of entries and its size.
pub fn write_all(
    dir: &Path,
    manifest: &BuildManifest,
) -> Result<Vec<(String, usize, usize)>, String> {
    let mut written = Vec::new();
    for package in &manifest.packages {
        let mut entries = vec![(
            "imsmanifest.xml".to_owned(),
            imsmanifest(&manifest.project, package)?.into_bytes(),
        )];
        for file in &package.files {
            let bytes = fs::read(dir.join(file)).map_err(|error| format!("{file}: {error}"))?;
            entries.push((file.clone(), bytes));
        }
        let archive = zip(&entries)?;
        fs::write(dir.join(&package.zip), &archive)
            .map_err(|error| format!("{}: {error}", package.zip))?;
        written.push((package.zip.clone(), entries.len(), archive.len()));
    }
    Ok(written)
}
