import {
  createRouter,
  createWebHistory,
  type RouteRecordRaw,
} from 'vue-router';
import { useSession } from '../session/useSession';

declare module 'vue-router' {
  interface RouteMeta {
    /** The route needs a signed-in user. */
    requiresAuth?: boolean;
    /** The user needs one of these roles; the server checks them again. */
    roles?: string[];
  }
}

export const CLERK_ROLES = [
  'CLERK',
  'WINDOW_STAFF',
  'REVIEWER',
  'APPROVER',
  'HALL_MANAGER',
];
export const SUPERVISION_ROLES = ['SUPERVISOR', 'ADMIN'];
export const ITEM_ADMIN_ROLES = [
  'ITEM_ADMIN',
  'LEGAL_REVIEWER',
  'SUPERVISOR',
  'ADMIN',
];
export const SEAL_ADMIN_ROLES = ['SEAL_ADMIN', 'ADMIN'];
export const LICENCE_OFFICE_ROLES = ['LICENCE_OFFICER', 'ADMIN'];
export const LICENCE_CATALOGUE_ROLES = ['ITEM_ADMIN', 'ADMIN'];
export const SERVICE_DESK_ROLES = [
  'CLERK',
  'WINDOW_STAFF',
  'REVIEWER',
  'APPROVER',
  'HALL_MANAGER',
  'SUPERVISOR',
  'FINANCE',
  'ADMIN',
];
export const HALL_STAFF_ROLES = ['CLERK', 'WINDOW_STAFF', 'HALL_MANAGER'];
export const HALL_REPORT_ROLES = ['HALL_MANAGER', 'SUPERVISOR', 'ANALYST'];
export const INTAKE_ROLES = ['CLERK', 'WINDOW_STAFF'];
export const ANALYSIS_ROLES = ['ANALYST', 'ADMIN'];
export const STATISTICS_ROLES = ['ANALYST', 'SUPERVISOR', 'ADMIN'];

const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'search',
    component: () => import('../features/items/ItemSearchPage.vue'),
  },
  {
    path: '/items/:id',
    name: 'item',
    component: () => import('../features/items/ItemDetailPage.vue'),
    props: true,
  },
  {
    path: '/sign-in',
    name: 'sign-in',
    component: () => import('../features/auth/SignInPage.vue'),
  },
  {
    path: '/forgot-password',
    name: 'forgot-password',
    component: () => import('../features/auth/ForgotPasswordPage.vue'),
  },
  {
    path: '/cases',
    name: 'my-cases',
    component: () => import('../features/cases/MyCasesPage.vue'),
    meta: { requiresAuth: true },
  },
  {
    path: '/cases/:id',
    name: 'case',
    component: () => import('../features/cases/CaseDetailPage.vue'),
    props: true,
    meta: { requiresAuth: true },
  },
  {
    path: '/progress',
    name: 'progress',
    component: () => import('../features/cases/ProgressLookupPage.vue'),
  },
  {
    path: '/licences',
    name: 'licences',
    component: () => import('../features/licences/LicenceWalletPage.vue'),
    meta: { requiresAuth: true },
  },
  {
    path: '/verify',
    name: 'verify',
    component: () => import('../features/licences/LicenceVerifyPage.vue'),
  },
  {
    path: '/licences/seals',
    name: 'seals',
    component: () => import('../features/licences/SealAdminPage.vue'),
    meta: { requiresAuth: true, roles: SEAL_ADMIN_ROLES },
  },
  {
    path: '/licences/catalogue',
    name: 'licence-catalogue',
    component: () => import('../features/licences/LicenceCataloguePage.vue'),
    meta: { requiresAuth: true, roles: LICENCE_CATALOGUE_ROLES },
  },
  {
    path: '/licences/office',
    name: 'licence-office',
    component: () => import('../features/licences/LicenceOfficePage.vue'),
    meta: { requiresAuth: true, roles: LICENCE_OFFICE_ROLES },
  },
  {
    path: '/worklist',
    name: 'worklist',
    component: () => import('../features/worklist/WorklistPage.vue'),
    meta: { requiresAuth: true, roles: CLERK_ROLES },
  },
  {
    path: '/intake',
    name: 'intake',
    component: () => import('../features/intake/ClerkIntakePage.vue'),
    meta: { requiresAuth: true, roles: INTAKE_ROLES },
  },
  {
    path: '/analysis',
    name: 'analysis',
    component: () => import('../features/analysis/GraphiQLPage.vue'),
    meta: { requiresAuth: true, roles: ANALYSIS_ROLES },
  },
  {
    path: '/statistics',
    name: 'statistics',
    component: () => import('../features/statistics/StatisticsPage.vue'),
    meta: { requiresAuth: true, roles: STATISTICS_ROLES },
  },
  {
    path: '/device',
    name: 'device',
    component: () => import('../features/device/DevicePage.vue'),
    meta: { requiresAuth: true },
  },
  {
    path: '/supervision',
    name: 'supervision',
    component: () => import('../features/supervision/SupervisionPage.vue'),
    meta: { requiresAuth: true, roles: SUPERVISION_ROLES },
  },
  {
    path: '/item-admin',
    name: 'item-admin',
    component: () => import('../features/items/ItemAdminPage.vue'),
    meta: { requiresAuth: true, roles: ITEM_ADMIN_ROLES },
  },
  {
    path: '/item-admin/items/:itemId/versions/:version',
    name: 'item-version',
    component: () => import('../features/items/ItemVersionPage.vue'),
    props: true,
    meta: { requiresAuth: true, roles: ITEM_ADMIN_ROLES },
  },
  {
    path: '/me',
    name: 'user-space',
    component: () => import('../features/services/UserSpacePage.vue'),
    meta: { requiresAuth: true },
  },
  {
    path: '/payments/:id',
    name: 'payment',
    component: () => import('../features/services/PaymentPage.vue'),
    props: true,
    meta: { requiresAuth: true },
  },
  {
    path: '/cases/:id/services',
    name: 'case-services',
    component: () => import('../features/services/CaseServicesPage.vue'),
    props: true,
    meta: { requiresAuth: true },
  },
  {
    path: '/inquiries/new',
    name: 'new-inquiry',
    component: () => import('../features/services/InquiryPage.vue'),
    meta: { requiresAuth: true },
  },
  {
    path: '/service-desk',
    name: 'service-desk',
    component: () => import('../features/services/ServiceDeskPage.vue'),
    meta: { requiresAuth: true, roles: SERVICE_DESK_ROLES },
  },
  {
    path: '/data-catalogue',
    name: 'data-catalogue',
    component: () => import('../features/data/DataCataloguePage.vue'),
  },
  {
    path: '/open-data',
    name: 'open-data',
    component: () => import('../features/data/OpenDataPage.vue'),
  },
  {
    path: '/public-cases',
    name: 'public-cases',
    component: () => import('../features/services/PublicCasesPage.vue'),
  },
  {
    path: '/intermediaries',
    name: 'intermediaries',
    component: () =>
      import('../features/intermediaries/AgencyShowcasePage.vue'),
  },
  {
    path: '/intermediaries/announcements',
    name: 'intermediary-announcements',
    component: () => import('../features/intermediaries/AnnouncementsPage.vue'),
  },
  {
    path: '/intermediaries/mine',
    name: 'my-marketplace',
    component: () => import('../features/intermediaries/MyMarketplacePage.vue'),
    meta: { requiresAuth: true, roles: ['LEGAL_PERSON'] },
  },
  {
    path: '/intermediaries/supervision',
    name: 'intermediary-supervision',
    component: () =>
      import('../features/intermediaries/MarketplaceSupervisionPage.vue'),
    meta: { requiresAuth: true, roles: SUPERVISION_ROLES },
  },
  {
    path: '/halls',
    name: 'halls',
    component: () => import('../features/halls/HallsHubPage.vue'),
  },
  {
    path: '/halls/:hallId/kiosk',
    name: 'hall-kiosk',
    component: () => import('../features/halls/KioskPage.vue'),
  },
  {
    path: '/halls/:hallId/monitor',
    name: 'hall-monitor',
    component: () => import('../features/halls/QueueMonitorPage.vue'),
  },
  {
    path: '/halls/window',
    name: 'hall-window',
    component: () => import('../features/halls/WindowCallPage.vue'),
    meta: { requiresAuth: true, roles: HALL_STAFF_ROLES },
  },
  {
    path: '/halls/notices',
    name: 'hall-notices',
    component: () => import('../features/halls/NoticesPage.vue'),
    meta: { requiresAuth: true, roles: HALL_STAFF_ROLES },
  },
  {
    path: '/halls/rosters',
    name: 'hall-rosters',
    component: () => import('../features/halls/RostersPage.vue'),
    meta: { requiresAuth: true, roles: HALL_STAFF_ROLES },
  },
  {
    path: '/halls/config',
    name: 'hall-config',
    component: () => import('../features/halls/HallConfigPage.vue'),
    meta: { requiresAuth: true, roles: ['HALL_MANAGER'] },
  },
  {
    path: '/halls/performance',
    name: 'hall-performance',
    component: () => import('../features/halls/PerformancePage.vue'),
    meta: { requiresAuth: true, roles: HALL_REPORT_ROLES },
  },
  {
    path: '/appointments',
    name: 'appointments',
    component: () => import('../features/halls/AppointmentPage.vue'),
    meta: { requiresAuth: true, roles: ['CITIZEN'] },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('../components/NotFoundPage.vue'),
  },
];

export function createAppRouter() {
  const router = createRouter({ history: createWebHistory(), routes });

  router.beforeEach((to) => {
    const { user, hasRole } = useSession();
    if (to.meta.requiresAuth && !user.value) {
      return { name: 'sign-in', query: { redirect: to.fullPath } };
    }
    if (to.meta.roles && !hasRole(...to.meta.roles)) return { name: 'search' };
    return true;
  });

  // Moves focus to the new page's heading so screen readers announce it.
  router.afterEach(() => {
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>('main h1')?.focus(),
    );
  });
  return router;
}
