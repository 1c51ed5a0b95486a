// Generated from config.schema.json by src/schema/compile.mjs (npm run schema:compile). Do not edit.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
"use strict";
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://policy-check.invalid/schema/config.schema.json","title":"policy-check configuration","description":"What a repository keeps fixed for policy-check: policy-check.config.json (or .js, .mjs), .policycheckrc(.json), or the \"policy-check\" key of package.json, found upward from the working folder. Paths are relative to the file. Command-line flags override it; a section per command overrides the shared keys.","type":"object","allOf":[{"$ref":"#/$defs/reading"},{"$ref":"#/$defs/reports"},{"$ref":"#/$defs/ignoring"}],"properties":{"$schema":{"type":"string"},"check":{"$ref":"#/$defs/check"},"progress":{"$ref":"#/$defs/progress"},"parse":{"$ref":"#/$defs/parse"},"units":{"$ref":"#/$defs/units"}},"unevaluatedProperties":false,"$defs":{"text":{"type":"string","minLength":1},"texts":{"type":"array","items":{"$ref":"#/$defs/text"}},"paths":{"type":"array","items":{"$ref":"#/$defs/text"}},"reading":{"description":"How notices are read and messages written: every command takes these.","type":"object","properties":{"registries":{"$ref":"#/$defs/paths","description":"Extra unit registries (--registry)."},"lang":{"enum":["zh","en"],"description":"Message language (--lang)."},"encoding":{"enum":["auto","utf-8","gb18030","gbk","gb2312","big5","utf-16le","utf-16be"],"description":"Encoding of the notices (--encoding)."},"inputFormat":{"enum":["text","markdown","html","docx","doc","pdf","ofd"],"description":"Input format of the notices (--input-format)."},"outputEncoding":{"enum":["utf-8","gb18030"],"description":"CSV output encoding (--output-encoding)."},"bom":{"type":"boolean","description":"A BOM in UTF-8 CSV (default true; --no-bom)."}}},"reports":{"description":"Which notices and reports: check and progress take these.","type":"object","properties":{"notices":{"$ref":"#/$defs/paths","description":"Notices to check against (-n): files or glob patterns."},"reports":{"$ref":"#/$defs/paths","description":"Report files, folders or glob patterns, when none are named on the command line."},"periods":{"$ref":"#/$defs/texts","description":"Periods every unit must report for (--period): 2026-H1, 2026-Q3, 2026-07, 2026."},"since":{"$ref":"#/$defs/text","description":"Judge only this period and later ones (--since)."},"until":{"$ref":"#/$defs/text","description":"Judge only this period and earlier ones (--until)."}}},"ignoring":{"type":"object","properties":{"ignorePatterns":{"$ref":"#/$defs/texts","description":"Glob patterns of report (and notice) files to leave out; a pattern starting with ! takes a file back (--ignore-pattern)."}}},"check":{"description":"Settings of policy-check check; they override the shared keys.","type":"object","allOf":[{"$ref":"#/$defs/reading"},{"$ref":"#/$defs/reports"},{"$ref":"#/$defs/ignoring"}],"properties":{"failOn":{"enum":["error","warning","none"],"description":"Exit 1 when a finding reaches this severity (--fail-on)."},"maxWarnings":{"type":"integer","minimum":0,"description":"Exit 1 when there are more warnings (--max-warnings)."},"dueDays":{"type":"integer","minimum":0,"maximum":3660,"description":"Days after a period ends by which its report is due: the late-report grace (--due-days)."},"details":{"type":"boolean","description":"Text output lists every finding with its place (--details)."},"format":{"enum":["text","json","csv","xlsx","junit","github","md","html","sarif","gitlab"]},"output":{"$ref":"#/$defs/text"},"outputs":{"type":"array","minItems":1,"description":"Formats and their files, written in one run.","items":{"type":"object","additionalProperties":false,"required":["format"],"properties":{"format":{"enum":["text","json","csv","xlsx","junit","github","md","html","sarif","gitlab"]},"output":{"$ref":"#/$defs/text","description":"The file (relative to the config file); none or - for standard output."}}}}},"unevaluatedProperties":false},"progress":{"description":"Settings of policy-check progress.","type":"object","allOf":[{"$ref":"#/$defs/reading"},{"$ref":"#/$defs/reports"},{"$ref":"#/$defs/ignoring"}],"properties":{"format":{"enum":["table","json","csv","md","xlsx","html"]},"output":{"$ref":"#/$defs/text"}},"unevaluatedProperties":false},"parse":{"description":"Settings of policy-check parse.","type":"object","allOf":[{"$ref":"#/$defs/reading"},{"$ref":"#/$defs/ignoring"}],"properties":{"failOn":{"enum":["warning","none"],"description":"Exit 1 when a notice has a warning (--fail-on)."},"verbose":{"type":"boolean"},"format":{"enum":["table","json","csv","xlsx","md","sarif","gitlab"]},"output":{"$ref":"#/$defs/text"},"outputs":{"type":"array","minItems":1,"description":"Formats and their files, written in one run.","items":{"type":"object","additionalProperties":false,"required":["format"],"properties":{"format":{"enum":["table","json","csv","xlsx","md","sarif","gitlab"]},"output":{"$ref":"#/$defs/text","description":"The file (relative to the config file); none or - for standard output."}}}}},"unevaluatedProperties":false},"units":{"description":"Settings of policy-check units.","type":"object","allOf":[{"$ref":"#/$defs/reading"}],"properties":{"format":{"enum":["table","json","csv","md"]}},"unevaluatedProperties":false}}};
const schema32 = {"description":"How notices are read and messages written: every command takes these.","type":"object","properties":{"registries":{"$ref":"#/$defs/paths","description":"Extra unit registries (--registry)."},"lang":{"enum":["zh","en"],"description":"Message language (--lang)."},"encoding":{"enum":["auto","utf-8","gb18030","gbk","gb2312","big5","utf-16le","utf-16be"],"description":"Encoding of the notices (--encoding)."},"inputFormat":{"enum":["text","markdown","html","docx","doc","pdf","ofd"],"description":"Input format of the notices (--input-format)."},"outputEncoding":{"enum":["utf-8","gb18030"],"description":"CSV output encoding (--output-encoding)."},"bom":{"type":"boolean","description":"A BOM in UTF-8 CSV (default true; --no-bom)."}}};
const schema33 = {"type":"array","items":{"$ref":"#/$defs/text"}};
const schema34 = {"type":"string","minLength":1};
const func1 = require("ajv/dist/runtime/ucs2length").default;

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.registries !== undefined){
if(!(validate22(data.registries, {instancePath:instancePath+"/registries",parentData:data,parentDataProperty:"registries",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.lang !== undefined){
let data1 = data.lang;
if(!((data1 === "zh") || (data1 === "en"))){
const err0 = {instancePath:instancePath+"/lang",schemaPath:"#/properties/lang/enum",keyword:"enum",params:{allowedValues: schema32.properties.lang.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.encoding !== undefined){
let data2 = data.encoding;
if(!((((((((data2 === "auto") || (data2 === "utf-8")) || (data2 === "gb18030")) || (data2 === "gbk")) || (data2 === "gb2312")) || (data2 === "big5")) || (data2 === "utf-16le")) || (data2 === "utf-16be"))){
const err1 = {instancePath:instancePath+"/encoding",schemaPath:"#/properties/encoding/enum",keyword:"enum",params:{allowedValues: schema32.properties.encoding.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.inputFormat !== undefined){
let data3 = data.inputFormat;
if(!(((((((data3 === "text") || (data3 === "markdown")) || (data3 === "html")) || (data3 === "docx")) || (data3 === "doc")) || (data3 === "pdf")) || (data3 === "ofd"))){
const err2 = {instancePath:instancePath+"/inputFormat",schemaPath:"#/properties/inputFormat/enum",keyword:"enum",params:{allowedValues: schema32.properties.inputFormat.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.outputEncoding !== undefined){
let data4 = data.outputEncoding;
if(!((data4 === "utf-8") || (data4 === "gb18030"))){
const err3 = {instancePath:instancePath+"/outputEncoding",schemaPath:"#/properties/outputEncoding/enum",keyword:"enum",params:{allowedValues: schema32.properties.outputEncoding.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.bom !== undefined){
if(typeof data.bom !== "boolean"){
const err4 = {instancePath:instancePath+"/bom",schemaPath:"#/properties/bom/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"registries":true,"lang":true,"encoding":true,"inputFormat":true,"outputEncoding":true,"bom":true},"dynamicProps":false,"dynamicItems":false};

const schema35 = {"description":"Which notices and reports: check and progress take these.","type":"object","properties":{"notices":{"$ref":"#/$defs/paths","description":"Notices to check against (-n): files or glob patterns."},"reports":{"$ref":"#/$defs/paths","description":"Report files, folders or glob patterns, when none are named on the command line."},"periods":{"$ref":"#/$defs/texts","description":"Periods every unit must report for (--period): 2026-H1, 2026-Q3, 2026-07, 2026."},"since":{"$ref":"#/$defs/text","description":"Judge only this period and later ones (--since)."},"until":{"$ref":"#/$defs/text","description":"Judge only this period and earlier ones (--until)."}}};
const schema36 = {"type":"array","items":{"$ref":"#/$defs/text"}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.notices !== undefined){
if(!(validate22(data.notices, {instancePath:instancePath+"/notices",parentData:data,parentDataProperty:"notices",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.reports !== undefined){
if(!(validate22(data.reports, {instancePath:instancePath+"/reports",parentData:data,parentDataProperty:"reports",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.periods !== undefined){
if(!(validate28(data.periods, {instancePath:instancePath+"/periods",parentData:data,parentDataProperty:"periods",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.since !== undefined){
let data3 = data.since;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err0 = {instancePath:instancePath+"/since",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/since",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.until !== undefined){
let data4 = data.until;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err2 = {instancePath:instancePath+"/until",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/until",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"notices":true,"reports":true,"periods":true,"since":true,"until":true},"dynamicProps":false,"dynamicItems":false};

const schema40 = {"type":"object","properties":{"ignorePatterns":{"$ref":"#/$defs/texts","description":"Glob patterns of report (and notice) files to leave out; a pattern starting with ! takes a file back (--ignore-pattern)."}}};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ignorePatterns !== undefined){
if(!(validate28(data.ignorePatterns, {instancePath:instancePath+"/ignorePatterns",parentData:data,parentDataProperty:"ignorePatterns",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":{"ignorePatterns":true},"dynamicProps":false,"dynamicItems":false};

const schema41 = {"description":"Settings of policy-check check; they override the shared keys.","type":"object","allOf":[{"$ref":"#/$defs/reading"},{"$ref":"#/$defs/reports"},{"$ref":"#/$defs/ignoring"}],"properties":{"failOn":{"enum":["error","warning","none"],"description":"Exit 1 when a finding reaches this severity (--fail-on)."},"maxWarnings":{"type":"integer","minimum":0,"description":"Exit 1 when there are more warnings (--max-warnings)."},"dueDays":{"type":"integer","minimum":0,"maximum":3660,"description":"Days after a period ends by which its report is due: the late-report grace (--due-days)."},"details":{"type":"boolean","description":"Text output lists every finding with its place (--details)."},"format":{"enum":["text","json","csv","xlsx","junit","github","md","html","sarif","gitlab"]},"output":{"$ref":"#/$defs/text"},"outputs":{"type":"array","minItems":1,"description":"Formats and their files, written in one run.","items":{"type":"object","additionalProperties":false,"required":["format"],"properties":{"format":{"enum":["text","json","csv","xlsx","junit","github","md","html","sarif","gitlab"]},"output":{"$ref":"#/$defs/text","description":"The file (relative to the config file); none or - for standard output."}}}}},"unevaluatedProperties":false};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate21(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
if(!(validate31(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.failOn !== undefined){
let data0 = data.failOn;
if(!(((data0 === "error") || (data0 === "warning")) || (data0 === "none"))){
const err0 = {instancePath:instancePath+"/failOn",schemaPath:"#/properties/failOn/enum",keyword:"enum",params:{allowedValues: schema41.properties.failOn.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.maxWarnings !== undefined){
let data1 = data.maxWarnings;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err1 = {instancePath:instancePath+"/maxWarnings",schemaPath:"#/properties/maxWarnings/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err2 = {instancePath:instancePath+"/maxWarnings",schemaPath:"#/properties/maxWarnings/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.dueDays !== undefined){
let data2 = data.dueDays;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err3 = {instancePath:instancePath+"/dueDays",schemaPath:"#/properties/dueDays/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 3660 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/dueDays",schemaPath:"#/properties/dueDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3660},message:"must be <= 3660"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/dueDays",schemaPath:"#/properties/dueDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.details !== undefined){
if(typeof data.details !== "boolean"){
const err6 = {instancePath:instancePath+"/details",schemaPath:"#/properties/details/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.format !== undefined){
let data4 = data.format;
if(!((((((((((data4 === "text") || (data4 === "json")) || (data4 === "csv")) || (data4 === "xlsx")) || (data4 === "junit")) || (data4 === "github")) || (data4 === "md")) || (data4 === "html")) || (data4 === "sarif")) || (data4 === "gitlab"))){
const err7 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/enum",keyword:"enum",params:{allowedValues: schema41.properties.format.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.output !== undefined){
let data5 = data.output;
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err8 = {instancePath:instancePath+"/output",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/output",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.outputs !== undefined){
let data6 = data.outputs;
if(Array.isArray(data6)){
if(data6.length < 1){
const err10 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.format === undefined){
const err11 = {instancePath:instancePath+"/outputs/" + i0,schemaPath:"#/properties/outputs/items/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key0 in data7){
if(!((key0 === "format") || (key0 === "output"))){
const err12 = {instancePath:instancePath+"/outputs/" + i0,schemaPath:"#/properties/outputs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data7.format !== undefined){
let data8 = data7.format;
if(!((((((((((data8 === "text") || (data8 === "json")) || (data8 === "csv")) || (data8 === "xlsx")) || (data8 === "junit")) || (data8 === "github")) || (data8 === "md")) || (data8 === "html")) || (data8 === "sarif")) || (data8 === "gitlab"))){
const err13 = {instancePath:instancePath+"/outputs/" + i0+"/format",schemaPath:"#/properties/outputs/items/properties/format/enum",keyword:"enum",params:{allowedValues: schema41.properties.outputs.items.properties.format.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data7.output !== undefined){
let data9 = data7.output;
if(typeof data9 === "string"){
if(func1(data9) < 1){
const err14 = {instancePath:instancePath+"/outputs/" + i0+"/output",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/outputs/" + i0+"/output",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/outputs/" + i0,schemaPath:"#/properties/outputs/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
for(const key1 in data){
if(((((((((((((((((((key1 !== "failOn") && (key1 !== "maxWarnings")) && (key1 !== "dueDays")) && (key1 !== "details")) && (key1 !== "format")) && (key1 !== "output")) && (key1 !== "outputs")) && (key1 !== "ignorePatterns")) && (key1 !== "notices")) && (key1 !== "reports")) && (key1 !== "periods")) && (key1 !== "since")) && (key1 !== "until")) && (key1 !== "registries")) && (key1 !== "lang")) && (key1 !== "encoding")) && (key1 !== "inputFormat")) && (key1 !== "outputEncoding")) && (key1 !== "bom")){
const err18 = {instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key1},message:"must NOT have unevaluated properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema44 = {"description":"Settings of policy-check progress.","type":"object","allOf":[{"$ref":"#/$defs/reading"},{"$ref":"#/$defs/reports"},{"$ref":"#/$defs/ignoring"}],"properties":{"format":{"enum":["table","json","csv","md","xlsx","html"]},"output":{"$ref":"#/$defs/text"}},"unevaluatedProperties":false};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate21(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
if(!(validate31(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.format !== undefined){
let data0 = data.format;
if(!((((((data0 === "table") || (data0 === "json")) || (data0 === "csv")) || (data0 === "md")) || (data0 === "xlsx")) || (data0 === "html"))){
const err0 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/enum",keyword:"enum",params:{allowedValues: schema44.properties.format.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.output !== undefined){
let data1 = data.output;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err1 = {instancePath:instancePath+"/output",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/output",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
for(const key0 in data){
if((((((((((((((key0 !== "format") && (key0 !== "output")) && (key0 !== "ignorePatterns")) && (key0 !== "notices")) && (key0 !== "reports")) && (key0 !== "periods")) && (key0 !== "since")) && (key0 !== "until")) && (key0 !== "registries")) && (key0 !== "lang")) && (key0 !== "encoding")) && (key0 !== "inputFormat")) && (key0 !== "outputEncoding")) && (key0 !== "bom")){
const err3 = {instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema46 = {"description":"Settings of policy-check parse.","type":"object","allOf":[{"$ref":"#/$defs/reading"},{"$ref":"#/$defs/ignoring"}],"properties":{"failOn":{"enum":["warning","none"],"description":"Exit 1 when a notice has a warning (--fail-on)."},"verbose":{"type":"boolean"},"format":{"enum":["table","json","csv","xlsx","md","sarif","gitlab"]},"output":{"$ref":"#/$defs/text"},"outputs":{"type":"array","minItems":1,"description":"Formats and their files, written in one run.","items":{"type":"object","additionalProperties":false,"required":["format"],"properties":{"format":{"enum":["table","json","csv","xlsx","md","sarif","gitlab"]},"output":{"$ref":"#/$defs/text","description":"The file (relative to the config file); none or - for standard output."}}}}},"unevaluatedProperties":false};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate21(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
if(!(validate31(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.failOn !== undefined){
let data0 = data.failOn;
if(!((data0 === "warning") || (data0 === "none"))){
const err0 = {instancePath:instancePath+"/failOn",schemaPath:"#/properties/failOn/enum",keyword:"enum",params:{allowedValues: schema46.properties.failOn.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.verbose !== undefined){
if(typeof data.verbose !== "boolean"){
const err1 = {instancePath:instancePath+"/verbose",schemaPath:"#/properties/verbose/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.format !== undefined){
let data2 = data.format;
if(!(((((((data2 === "table") || (data2 === "json")) || (data2 === "csv")) || (data2 === "xlsx")) || (data2 === "md")) || (data2 === "sarif")) || (data2 === "gitlab"))){
const err2 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/enum",keyword:"enum",params:{allowedValues: schema46.properties.format.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.output !== undefined){
let data3 = data.output;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err3 = {instancePath:instancePath+"/output",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/output",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.outputs !== undefined){
let data4 = data.outputs;
if(Array.isArray(data4)){
if(data4.length < 1){
const err5 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.format === undefined){
const err6 = {instancePath:instancePath+"/outputs/" + i0,schemaPath:"#/properties/outputs/items/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data5){
if(!((key0 === "format") || (key0 === "output"))){
const err7 = {instancePath:instancePath+"/outputs/" + i0,schemaPath:"#/properties/outputs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data5.format !== undefined){
let data6 = data5.format;
if(!(((((((data6 === "table") || (data6 === "json")) || (data6 === "csv")) || (data6 === "xlsx")) || (data6 === "md")) || (data6 === "sarif")) || (data6 === "gitlab"))){
const err8 = {instancePath:instancePath+"/outputs/" + i0+"/format",schemaPath:"#/properties/outputs/items/properties/format/enum",keyword:"enum",params:{allowedValues: schema46.properties.outputs.items.properties.format.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data5.output !== undefined){
let data7 = data5.output;
if(typeof data7 === "string"){
if(func1(data7) < 1){
const err9 = {instancePath:instancePath+"/outputs/" + i0+"/output",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/outputs/" + i0+"/output",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/outputs/" + i0,schemaPath:"#/properties/outputs/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
for(const key1 in data){
if((((((((((((key1 !== "failOn") && (key1 !== "verbose")) && (key1 !== "format")) && (key1 !== "output")) && (key1 !== "outputs")) && (key1 !== "ignorePatterns")) && (key1 !== "registries")) && (key1 !== "lang")) && (key1 !== "encoding")) && (key1 !== "inputFormat")) && (key1 !== "outputEncoding")) && (key1 !== "bom")){
const err13 = {instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key1},message:"must NOT have unevaluated properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema49 = {"description":"Settings of policy-check units.","type":"object","allOf":[{"$ref":"#/$defs/reading"}],"properties":{"format":{"enum":["table","json","csv","md"]}},"unevaluatedProperties":false};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate21(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.format !== undefined){
let data0 = data.format;
if(!((((data0 === "table") || (data0 === "json")) || (data0 === "csv")) || (data0 === "md"))){
const err0 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/enum",keyword:"enum",params:{allowedValues: schema49.properties.format.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
for(const key0 in data){
if(((((((key0 !== "format") && (key0 !== "registries")) && (key0 !== "lang")) && (key0 !== "encoding")) && (key0 !== "inputFormat")) && (key0 !== "outputEncoding")) && (key0 !== "bom")){
const err1 = {instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}
validate48.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://policy-check.invalid/schema/config.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate21(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
if(!(validate31(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err0 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.check !== undefined){
if(!(validate34(data.check, {instancePath:instancePath+"/check",parentData:data,parentDataProperty:"check",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data.progress !== undefined){
if(!(validate39(data.progress, {instancePath:instancePath+"/progress",parentData:data,parentDataProperty:"progress",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
if(data.parse !== undefined){
if(!(validate44(data.parse, {instancePath:instancePath+"/parse",parentData:data,parentDataProperty:"parse",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.units !== undefined){
if(!(validate48(data.units, {instancePath:instancePath+"/units",parentData:data,parentDataProperty:"units",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
for(const key0 in data){
if(((((((((((((((((key0 !== "$schema") && (key0 !== "check")) && (key0 !== "progress")) && (key0 !== "parse")) && (key0 !== "units")) && (key0 !== "ignorePatterns")) && (key0 !== "notices")) && (key0 !== "reports")) && (key0 !== "periods")) && (key0 !== "since")) && (key0 !== "until")) && (key0 !== "registries")) && (key0 !== "lang")) && (key0 !== "encoding")) && (key0 !== "inputFormat")) && (key0 !== "outputEncoding")) && (key0 !== "bom")){
const err1 = {instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

