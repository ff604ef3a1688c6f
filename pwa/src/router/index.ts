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

export const CLERK_ROLES = ['CLERK', 'REVIEWER', 'APPROVER', 'HALL_MANAGER'];
export const SUPERVISION_ROLES = ['SUPERVISOR', 'ADMIN'];
export const INTAKE_ROLES = ['CLERK', 'WINDOW_STAFF'];
export const ANALYSIS_ROLES = ['ANALYST', 'ADMIN'];

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
    path: '/licences',
    name: 'licences',
    component: () => import('../features/licences/LicenceWalletPage.vue'),
    meta: { requiresAuth: true },
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
