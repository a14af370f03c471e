;; Two accesses at the same local of a 64-bit memory: the first check (end 12)
;; covers the second access (end 8), which is emitted without a check.

(module
  (memory i64 1)
  (func (export "f") (param $a i64) (result i32)
    (i32.add
      (i32.load offset=8 (local.get $a))
      (i32.load offset=4 (local.get $a)))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000005D
;;     1e: mov     rax,[rbp+0x10]
;;     23: add     rax,0xC
;;     27: jb      0x00000000000000B0
;;     2d: mov     r11,[r14+0x18]
;;     32: cmp     rax,[r11+8]
;;     37: ja      0x00000000000000B0
;;     3d: mov     r11,[r14+0x10]
;;     42: mov     eax,[r11+rax-4]
;;     47: mov     rcx,[rbp+0x10]
;;     4c: mov     r11,[r14+0x10]
;;     51: mov     ecx,[r11+rcx+4]
;;     56: add     eax,ecx
;;     59: leave
;;     5a: ret     8
;;     5d: cmp     dword ptr [r11+0x14],0
;;     66: jne     0x000000000000007C
;;     6c: cmp     rax,[r11+0x38]
;;     71: jb      0x0000000000000096
;;     77: jmp     0x000000000000001E
;;     7c: mov     r11,[r14]
;;     81: mov     qword ptr [r11+0x18],0x24
;;     8a: mov     eax,0xA
;;     90: mov     rsp,[r11+8]
;;     95: ret
;;     96: mov     r11,[r14]
;;     9b: mov     qword ptr [r11+0x18],0x24
;;     a4: mov     eax,9
;;     aa: mov     rsp,[r11+8]
;;     af: ret
;;     b0: mov     r11,[r14]
;;     b5: mov     qword ptr [r11+0x18],0x27
;;     be: mov     eax,5
;;     c4: mov     rsp,[r11+8]
;;     c9: ret
