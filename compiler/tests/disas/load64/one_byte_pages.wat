;; A 32-bit memory of one-byte pages takes the explicit check of 64-bit memories:
;; its end need not lie on a host page, where a guard page would catch the access.
;; memory.size needs no shift.

(module
  (memory 1 (pagesize 1))
  (func (export "f") (param $a i32) (result i32)
    (i32.load offset=4 (local.get $a)))
  (func (export "size") (result i32)
    (memory.size)))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000004B
;;     1e: mov     eax,[rbp+0x10]
;;     23: add     rax,8
;;     27: jb      0x000000000000009E
;;     2d: mov     r11,[r14+0x18]
;;     32: cmp     rax,[r11+8]
;;     37: ja      0x000000000000009E
;;     3d: mov     r11,[r14+0x10]
;;     42: mov     eax,[r11+rax-4]
;;     47: leave
;;     48: ret     8
;;     4b: cmp     dword ptr [r11+0x14],0
;;     54: jne     0x000000000000006A
;;     5a: cmp     rax,[r11+0x38]
;;     5f: jb      0x0000000000000084
;;     65: jmp     0x000000000000001E
;;     6a: mov     r11,[r14]
;;     6f: mov     qword ptr [r11+0x18],0x31
;;     78: mov     eax,0xA
;;     7e: mov     rsp,[r11+8]
;;     83: ret
;;     84: mov     r11,[r14]
;;     89: mov     qword ptr [r11+0x18],0x31
;;     92: mov     eax,9
;;     98: mov     rsp,[r11+8]
;;     9d: ret
;;     9e: mov     r11,[r14]
;;     a3: mov     qword ptr [r11+0x18],0x34
;;     ac: mov     eax,5
;;     b2: mov     rsp,[r11+8]
;;     b7: ret

;; function 1 (export "size"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000002C
;;     1e: mov     rax,[r14+0x18]
;;     23: mov     rax,[rax+8]
;;     28: leave
;;     29: ret     8
;;     2c: cmp     dword ptr [r11+0x14],0
;;     35: jne     0x000000000000004B
;;     3b: cmp     rax,[r11+0x38]
;;     40: jb      0x0000000000000065
;;     46: jmp     0x000000000000001E
;;     4b: mov     r11,[r14]
;;     50: mov     qword ptr [r11+0x18],0x39
;;     59: mov     eax,0xA
;;     5f: mov     rsp,[r11+8]
;;     64: ret
;;     65: mov     r11,[r14]
;;     6a: mov     qword ptr [r11+0x18],0x39
;;     73: mov     eax,9
;;     79: mov     rsp,[r11+8]
;;     7e: ret
