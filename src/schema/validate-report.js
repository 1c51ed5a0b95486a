// Generated from progress-report.schema.json by src/schema/compile.mjs (npm run schema:compile). Do not edit.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
"use strict";
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:policy-check:progress-report:1","title":"policy-check progress report (进展报告)","description":"One unit's progress on the tasks of one notice for one period. Checked by `policy-check check`.","type":"object","required":["unit","document","period","tasks"],"properties":{"$schema":{"type":"string","description":"Path or URL of this schema, so that editors check the report while it is typed."},"unit":{"type":"string","minLength":1,"pattern":"\\S","description":"The reporting unit (责任单位), as the notice names it or by its full name, e.g. 省科技厅 or 福建省科学技术厅."},"document":{"type":"string","minLength":1,"pattern":"\\S","description":"The notice: its id, 发文字号 (闽政〔2017〕48号) or title."},"period":{"type":"string","minLength":1,"pattern":"\\S","description":"The reporting period, e.g. 2018-H1, 2018-Q3, 2018-07."},"submitted":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$","description":"Date of submission, YYYY-MM-DD."},"contact":{"type":"string","description":"Contact person and phone (联系人)."},"tasks":{"type":"array","description":"One entry per task assigned to the unit.","items":{"$ref":"#/$defs/taskEntry"}}},"$defs":{"taskEntry":{"type":"object","required":["id","status"],"properties":{"id":{"type":"string","minLength":1,"description":"The task id from `policy-check parse` (2.1.1), or the numbering as written (二（一）1)."},"title":{"type":"string","description":"The task's title, for the reader; ignored by the checker."},"status":{"enum":["not_started","in_progress","completed","blocked","未启动","推进中","进行中","已完成","受阻"],"description":"not_started 未启动, in_progress 推进中/进行中, completed 已完成, blocked 受阻."},"progress":{"type":"string","description":"What has been done (进展情况). Required in substance for in_progress and completed."},"evidence":{"anyOf":[{"type":"array","items":{"type":"string"}},{"type":"string"}],"description":"Documents, links or file numbers that show the work (佐证材料): a list, or one string."},"problems":{"type":"string","description":"Problems met (存在问题)."},"nextSteps":{"type":"string","description":"Next steps (下一步打算)."}}}}};
const schema32 = {"type":"object","required":["id","status"],"properties":{"id":{"type":"string","minLength":1,"description":"The task id from `policy-check parse` (2.1.1), or the numbering as written (二（一）1)."},"title":{"type":"string","description":"The task's title, for the reader; ignored by the checker."},"status":{"enum":["not_started","in_progress","completed","blocked","未启动","推进中","进行中","已完成","受阻"],"description":"not_started 未启动, in_progress 推进中/进行中, completed 已完成, blocked 受阻."},"progress":{"type":"string","description":"What has been done (进展情况). Required in substance for in_progress and completed."},"evidence":{"anyOf":[{"type":"array","items":{"type":"string"}},{"type":"string"}],"description":"Documents, links or file numbers that show the work (佐证材料): a list, or one string."},"problems":{"type":"string","description":"Problems met (存在问题)."},"nextSteps":{"type":"string","description":"Next steps (下一步打算)."}}};
const func1 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("\\S", "u");
const pattern7 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="urn:policy-check:progress-report:1" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.unit === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.document === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "document"},message:"must have required property '"+"document"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.period === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "period"},message:"must have required property '"+"period"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.tasks === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tasks"},message:"must have required property '"+"tasks"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err4 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.unit !== undefined){
let data1 = data.unit;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err5 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern4.test(data1)){
const err6 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/unit",schemaPath:"#/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.document !== undefined){
let data2 = data.document;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err8 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern4.test(data2)){
const err9 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
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
const err10 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.period !== undefined){
let data3 = data.period;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err11 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern4.test(data3)){
const err12 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.submitted !== undefined){
let data4 = data.submitted;
if(typeof data4 === "string"){
if(!pattern7.test(data4)){
const err14 = {instancePath:instancePath+"/submitted",schemaPath:"#/properties/submitted/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\""};
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
const err15 = {instancePath:instancePath+"/submitted",schemaPath:"#/properties/submitted/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.contact !== undefined){
if(typeof data.contact !== "string"){
const err16 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.tasks !== undefined){
let data6 = data.tasks;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.id === undefined){
const err17 = {instancePath:instancePath+"/tasks/" + i0,schemaPath:"#/$defs/taskEntry/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data7.status === undefined){
const err18 = {instancePath:instancePath+"/tasks/" + i0,schemaPath:"#/$defs/taskEntry/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data7.id !== undefined){
let data8 = data7.id;
if(typeof data8 === "string"){
if(func1(data8) < 1){
const err19 = {instancePath:instancePath+"/tasks/" + i0+"/id",schemaPath:"#/$defs/taskEntry/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/tasks/" + i0+"/id",schemaPath:"#/$defs/taskEntry/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data7.title !== undefined){
if(typeof data7.title !== "string"){
const err21 = {instancePath:instancePath+"/tasks/" + i0+"/title",schemaPath:"#/$defs/taskEntry/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data7.status !== undefined){
let data10 = data7.status;
if(!(((((((((data10 === "not_started") || (data10 === "in_progress")) || (data10 === "completed")) || (data10 === "blocked")) || (data10 === "未启动")) || (data10 === "推进中")) || (data10 === "进行中")) || (data10 === "已完成")) || (data10 === "受阻"))){
const err22 = {instancePath:instancePath+"/tasks/" + i0+"/status",schemaPath:"#/$defs/taskEntry/properties/status/enum",keyword:"enum",params:{allowedValues: schema32.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data7.progress !== undefined){
if(typeof data7.progress !== "string"){
const err23 = {instancePath:instancePath+"/tasks/" + i0+"/progress",schemaPath:"#/$defs/taskEntry/properties/progress/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data7.evidence !== undefined){
let data12 = data7.evidence;
const _errs26 = errors;
let valid5 = false;
const _errs27 = errors;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
if(typeof data12[i1] !== "string"){
const err24 = {instancePath:instancePath+"/tasks/" + i0+"/evidence/" + i1,schemaPath:"#/$defs/taskEntry/properties/evidence/anyOf/0/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/tasks/" + i0+"/evidence",schemaPath:"#/$defs/taskEntry/properties/evidence/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid0 = _errs27 === errors;
valid5 = valid5 || _valid0;
const _errs31 = errors;
if(typeof data12 !== "string"){
const err26 = {instancePath:instancePath+"/tasks/" + i0+"/evidence",schemaPath:"#/$defs/taskEntry/properties/evidence/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid0 = _errs31 === errors;
valid5 = valid5 || _valid0;
if(!valid5){
const err27 = {instancePath:instancePath+"/tasks/" + i0+"/evidence",schemaPath:"#/$defs/taskEntry/properties/evidence/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
}
}
if(data7.problems !== undefined){
if(typeof data7.problems !== "string"){
const err28 = {instancePath:instancePath+"/tasks/" + i0+"/problems",schemaPath:"#/$defs/taskEntry/properties/problems/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data7.nextSteps !== undefined){
if(typeof data7.nextSteps !== "string"){
const err29 = {instancePath:instancePath+"/tasks/" + i0+"/nextSteps",schemaPath:"#/$defs/taskEntry/properties/nextSteps/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/tasks/" + i0,schemaPath:"#/$defs/taskEntry/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/tasks",schemaPath:"#/properties/tasks/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"$schema":true,"unit":true,"document":true,"period":true,"submitted":true,"contact":true,"tasks":true},"dynamicProps":false,"dynamicItems":false};

