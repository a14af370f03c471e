;; A 64-bit memory: the address is checked explicitly. The end of the access
;; (address + offset + 4) is formed in the index register (a carry traps), compared
;; with the memory's length, and the access addresses base + end - 4.

(module
  (memory i64 1)
  (func (export "f") (param $a i64) (result i32)
    (i32.load offset=16 (local.get $a))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000049
;;     1e: mov     rax,[rbp+0x10]
;;     23: add     rax,0x14
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
;;     6d: mov     qword ptr [r11+0x18],0x24
;;     76: mov     eax,0xA
;;     7c: mov     rsp,[r11+8]
;;     81: ret
;;     82: mov     r11,[r14]
;;     87: mov     qword ptr [r11+0x18],0x24
;;     90: mov     eax,9
;;     96: mov     rsp,[r11+8]
;;     9b: ret
;;     9c: mov     r11,[r14]
;;     a1: mov     qword ptr [r11+0x18],0x27
;;     aa: mov     eax,5
;;     b0: mov     rsp,[r11+8]
;;     b5: ret
