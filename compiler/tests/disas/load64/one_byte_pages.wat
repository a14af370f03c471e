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
;;     18: jb      0x0000000000000049
;;     1e: mov     eax,[rbp+0x10]
;;     23: add     rax,8
;;     27: jb      0x000000000000009C
;;     2d: mov     r11,[r14+0x18]
;;     32: cmp     rax,[r11+8]
;;     37: ja      0x000000000000009C
;;     3d: mov     r11,[r14+0x10]
;;     42: mov     eax,[r11+rax-4]
;;     47: leave
;;     48: ret
;;     49: cmp     dword ptr [r11+0x14],0
;;     52: jne     0x0000000000000068
;;     58: cmp     rax,[r11+0x38]
;;     5d: jb      0x0000000000000082
;;     63: jmp     0x000000000000001E
;;     68: mov     r11,[r14]
;;     6d: mov     qword ptr [r11+0x18],0x31
;;     76: mov     eax,0xA
;;     7c: mov     rsp,[r11+8]
;;     81: ret
;;     82: mov     r11,[r14]
;;     87: mov     qword ptr [r11+0x18],0x31
;;     90: mov     eax,9
;;     96: mov     rsp,[r11+8]
;;     9b: ret
;;     9c: mov     r11,[r14]
;;     a1: mov     qword ptr [r11+0x18],0x34
;;     aa: mov     eax,5
;;     b0: mov     rsp,[r11+8]
;;     b5: ret

;; function 1 (export "size"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000002A
;;     1e: mov     rax,[r14+0x18]
;;     23: mov     rax,[rax+8]
;;     28: leave
;;     29: ret
;;     2a: cmp     dword ptr [r11+0x14],0
;;     33: jne     0x0000000000000049
;;     39: cmp     rax,[r11+0x38]
;;     3e: jb      0x0000000000000063
;;     44: jmp     0x000000000000001E
;;     49: mov     r11,[r14]
;;     4e: mov     qword ptr [r11+0x18],0x39
;;     57: mov     eax,0xA
;;     5d: mov     rsp,[r11+8]
;;     62: ret
;;     63: mov     r11,[r14]
;;     68: mov     qword ptr [r11+0x18],0x39
;;     71: mov     eax,9
;;     77: mov     rsp,[r11+8]
;;     7c: ret
