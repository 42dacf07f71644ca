/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

export default {
  // Bahasa Indonesia for the office; a browser that asks for English first still gets English.
  locales: {
    availableLocales: ['id', 'en'],
    fallbackLocale: 'id'
  },
  // Loaded by Admin with import(), relative to app/admin/.
  customScripts: [
    // Camunda's end-of-life banner for administrators only; see the file's header
    'scripts/office-admin.js',
    // "Kotak keluar notifikasi": the notification outbox (#/notifikasi) and its counts on the dashboard
    'scripts/notifikasi.js',
    // "Impor lembar SOP": a SOP sheet to a diagram, a zip for Camunda Modeler or a deployment (#/impor-sop)
    'scripts/impor-sop.js'
  ]
};
