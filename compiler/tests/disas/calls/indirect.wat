;; `call_indirect`: bounds, null and signature checks, then the call.

(module
  (type $sig (func (param i32) (result i32)))
  (table $t 2 funcref)
  (func (export "f") (param $i i32) (param $a i32) (result i32)
    (call_indirect $t (type $sig) (local.get $a) (local.get $i))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x50]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000007F
;;     1e: mov     eax,[rbp+0x18]
;;     23: push    qword ptr [rbp+0x10]
;;     28: mov     r11,[r14+0x10]
;;     2d: cmp     rax,[r11+8]
;;     32: jae     0x00000000000000D2
;;     38: mov     r11,[r11]
;;     3d: mov     rcx,[r11+rax*8]
;;     42: test    rcx,rcx
;;     45: jne     0x000000000000005A
;;     4b: mov     r11,[r14]
;;     50: mov     [r11+0x30],rax
;;     55: jmp     0x00000000000000EC
;;     5a: cmp     dword ptr [rcx+0x10],0
;;     63: jne     0x0000000000000106
;;     69: mov     r11,r14
;;     6c: mov     r14,[rcx+8]
;;     71: call    qword ptr [rcx]
;;     76: mov     r14,[rbp-8]
;;     7b: leave
;;     7c: ret     0x10
;;     7f: cmp     dword ptr [r11+0x14],0
;;     88: jne     0x000000000000009E
;;     8e: cmp     rax,[r11+0x38]
;;     93: jb      0x00000000000000B8
;;     99: jmp     0x000000000000001E
;;     9e: mov     r11,[r14]
;;     a3: mov     qword ptr [r11+0x18],0x2B
;;     ac: mov     eax,0xA
;;     b2: mov     rsp,[r11+8]
;;     b7: ret
;;     b8: mov     r11,[r14]
;;     bd: mov     qword ptr [r11+0x18],0x2B
;;     c6: mov     eax,9
;;     cc: mov     rsp,[r11+8]
;;     d1: ret
;;     d2: mov     r11,[r14]
;;     d7: mov     qword ptr [r11+0x18],0x30
;;     e0: mov     eax,6
;;     e6: mov     rsp,[r11+8]
;;     eb: ret
;;     ec: mov     r11,[r14]
;;     f1: mov     qword ptr [r11+0x18],0x30
;;     fa: mov     eax,7
;;    100: mov     rsp,[r11+8]
;;    105: ret
;;    106: mov     r11,[r14]
;;    10b: mov     qword ptr [r11+0x18],0x30
;;    114: mov     eax,8
;;    11a: mov     rsp,[r11+8]
;;    11f: ret
